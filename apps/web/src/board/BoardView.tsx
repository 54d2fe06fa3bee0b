import type { ConnectionStatus, PresenceUser } from '@canvas/tldraw-yjs';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ArrowToolbarItem,
  AssetToolbarItem,
  EmbedShapeUtil,
  DefaultToolbar,
  DefaultColorStyle,
  DrawToolbarItem,
  EllipseToolbarItem,
  EraserToolbarItem,
  FrameToolbarItem,
  HandToolbarItem,
  HighlightToolbarItem,
  LaserToolbarItem,
  LineToolbarItem,
  MobileStylePanel,
  NoteToolbarItem,
  PORTRAIT_BREAKPOINT,
  RectangleToolbarItem,
  SelectToolbarItem,
  TextToolbarItem,
  Tldraw,
  TldrawUiOrientationProvider,
  atom,
  createTLCurrentUser,
  DefaultStylePanel,
  createUserId,
  useBreakpoint,
  useEditor,
  useValue,
  type Editor,
  type TLCameraOptions,
  type TLComponents,
  type TLUiStylePanelProps,
  type TLUserPreferences,
} from 'tldraw';
import type * as Y from 'yjs';
import { useAppConfig } from '../config.js';
import { LevelledNoteShapeUtil } from '../levels/LevelledNoteShapeUtil.js';
import { registerBoardFiles } from '../files/registerBoardFiles.js';
import { useFileNotice } from '../files/useFileNotice.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { openingCamera, type OpeningCanvas } from './openingCamera.js';
import { PeopleList } from './PeopleList.js';
import { browserLanguage, catalogue, type Catalogue } from '../lib/i18n.js';
import { useBoardConnection, type BoardConnection } from './useBoardConnection.js';

export interface BoardViewProps {
  boardId: string;
  /** The credential for the sync endpoint; sandbox boards need none. */
  token?: string;
  /** Who is editing. The server may overwrite name and colour with what the credential says. */
  user: PresenceUser;
  readOnly?: boolean;
  /** A tldraw locale (`en`, `de`, `fr`, …) for the editor's own UI. */
  language?: string;
  onStatus?: (status: ConnectionStatus) => void;
  /** Scaffolding drawn behind the shapes in page coordinates (not part of the shared document). */
  background?: ReactNode;
  /** Told the board's Y.Doc once it is synced (and null when it goes away). */
  onDoc?: (doc: Y.Doc | null) => void;
  /** Told the tldraw editor once mounted (and null when it goes away). */
  onEditor?: (editor: Editor | null) => void;
  /** The colour of this person's post-its (a tldraw colour name), so a group's members are easy to tell apart. */
  noteColor?: string;
  /**
   * The canvas to show on open (the template's frame and areas): the whole frame where it is readable,
   * otherwise the area being worked on at a readable zoom (phones).
   */
  canvas?: OpeningCanvas;
  /** Drawn above the shapes in page coordinates, never interactive (e.g. a shown solution). */
  overlay?: ReactNode;
  /** Screen-space UI in front of the canvas, inside the editor (may use `useEditor`), e.g. level controls. */
  inFront?: ReactNode;
  /** A workshop board takes pictures and PDF pages (workshops files F1); `canUpload`: this person may now. */
  files?: { workshopId: string; canUpload: boolean };
}

/** Self-hosted fonts, icons and translations: nothing is loaded from tldraw's CDN. */
const assetUrls = getAssetUrlsByImport();

const BoardContext = createContext<{
  connection: BoardConnection;
  background: ReactNode;
  language: string;
  overlay: ReactNode;
  inFront: ReactNode;
  t: Catalogue;
  fileNotice: string;
  canUpload: boolean;
} | null>(null);

/** Animations off for people who ask their system for less motion (WCAG 2.3.3). */
const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * tldraw's note with a Bloom/EQF badge (same type and props, so stored boards are unchanged), and no
 * embeds: an embedded page would load from another site (board-validation V6); a pasted video or
 * website link becomes a link card instead.
 */
const shapeUtils = [LevelledNoteShapeUtil, EmbedShapeUtil.configure({ embedDefinitions: [] })];

/** What the media button's file picker offers; everything but PNG and JPEG is converted first (files F3). */
const PICKER_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'application/pdf'];
/** Videos would load from elsewhere or bloat the server; a link card is the way (V6). Constant: tldraw rebuilds its utils when these props change. */
const NO_VIDEO: string[] = [];
/**
 * Zoom from 10 % to 400 % (tldraw's default is 5 %–800 %). tldraw draws its hatch-fill pattern for
 * every power-of-two zoom up to max/min (160× by default: a 2,048 px canvas at 1 dppx, 6,144 px on
 * a 3 dppx phone) when the editor mounts: ~360 ms of every board's opening on our machine
 * (bench:bigboard profile). 40× halves the levels' largest side twice; a workshop board needs neither extreme.
 */
const CAMERA_OPTIONS: Partial<TLCameraOptions> = { zoomSteps: [0.1, 0.25, 0.5, 1, 2, 4] };

/**
 * A collaborative board: the tldraw editor bound to the board's Y.Doc, with a connection badge,
 * a "who is here" list, named cursors of the others and an optional read-only mode.
 */
export function BoardView({ boardId, token, user, readOnly = false, language, onStatus, background, overlay, inFront, onDoc, onEditor, canvas, noteColor, files }: BoardViewProps) {
  const config = useAppConfig();
  const [fileNotice, notify] = useFileNotice();
  const connection = useBoardConnection({ boardId, token, user, readOnly, files: files ? { workshopId: files.workshopId, onRefused: notify } : undefined });
  // A board outside a workshop (practice board) speaks the browser's language.
  const lang = language ?? browserLanguage();
  const t = catalogue(lang);
  const { store, status, problem, writeRefused } = connection;
  const [editor, setEditor] = useState<Editor | null>(null);
  const effectiveReadOnly = readOnly || writeRefused;

  const onStatusRef = useRef(onStatus);
  onStatusRef.current = onStatus;
  useEffect(() => onStatusRef.current?.(status), [status]);
  const onEditorRef = useRef(onEditor);
  onEditorRef.current = onEditor;
  useEffect(() => {
    onEditorRef.current?.(editor);
  }, [editor]);
  const onDocRef = useRef(onDoc);
  onDocRef.current = onDoc;
  useEffect(() => {
    onDocRef.current?.(connection.doc);
    return () => onDocRef.current?.(null);
  }, [connection.doc]);

  // tldraw's own idea of the user: same id as in presence, so that our own cursor is not shown twice.
  const preferences = useRef(atom<TLUserPreferences>('user preferences', toPreferences(user, lang))).current;
  useEffect(() => {
    preferences.update((previous) => ({ ...previous, ...toPreferences(user, lang) }));
  }, [preferences, user.id, user.name, user.color, lang]);
  const currentUser = useMemo(
    () =>
      createTLCurrentUser({
        userPreferences: preferences,
        // Identity belongs to the app (and the server); tldraw may change only its own settings.
        setUserPreferences: (next) => preferences.update((previous) => ({ ...next, id: previous.id, name: previous.name, color: previous.color })),
      }),
    [preferences],
  );

  // Read-only is session state in tldraw: set it on every mount and whenever it changes.
  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: effectiveReadOnly });
  }, [editor, effectiveReadOnly]);

  const canUpload = !!files?.canUpload && !effectiveReadOnly;
  const uploadRefusal = useRef<string | null>(null);
  uploadRefusal.current = !files ? t.files.noWorkshop : canUpload ? null : effectiveReadOnly ? t.board.readOnly : t.files.notAllowed;
  const contextValue = useMemo(
    () => ({ connection, background, language: lang, overlay, inFront, t, fileNotice, canUpload }),
    [connection, background, lang, overlay, inFront, t, fileNotice, canUpload],
  );

  if (problem) {
    return (
      <BoardMessage title={t.board.newerVersion} action={<button onClick={() => location.reload()}>{t.board.reload}</button>}>
        {problem.message}
      </BoardMessage>
    );
  }
  if (!store) {
    return (
      <BoardMessage title={status.kind === 'closed' ? t.board.cannotOpen : t.board.opening}>
        <ConnectionBadge status={status} t={t} />
      </BoardMessage>
    );
  }
  if (!config) return <BoardMessage title={t.board.opening} />;

  return (
    <BoardContext.Provider value={contextValue}>
      <div className="cs-board" data-testid="board" data-readonly={effectiveReadOnly ? 'true' : 'false'}>
        <Tldraw
          store={store}
          user={currentUser}
          licenseKey={config.tldrawLicenseKey ?? undefined}
          assetUrls={assetUrls}
          shapeUtils={shapeUtils}
          components={components}
          acceptedImageMimeTypes={PICKER_TYPES}
          acceptedVideoMimeTypes={NO_VIDEO}
          cameraOptions={CAMERA_OPTIONS}
          onMount={(mounted) => {
            mounted.updateInstanceState({ isReadonly: effectiveReadOnly });
            if (canvas) {
              // Only the topmost note decides where the board opens: one note's bounds, not every note's.
              const sorted = mounted.getCurrentPageShapesSorted();
              const latest = sorted.findLast((shape) => shape.type === 'note');
              const notes = latest ? [mounted.getShapePageBounds(latest)!.center] : [];
              mounted.setCamera(openingCamera(mounted.getViewportScreenBounds(), canvas, notes));
            }
            if (noteColor && (DefaultColorStyle.values as readonly string[]).includes(noteColor)) {
              mounted.setStyleForNextShapes(DefaultColorStyle, noteColor as (typeof DefaultColorStyle.values)[number]);
            }
            // Files go to the server, converted where needed; links become cards made without fetching the site.
            registerBoardFiles(mounted, { uploadRefusal: () => uploadRefusal.current, notify, words: t.files });
            if (import.meta.env.DEV || new URLSearchParams(location.search).has('debug')) {
              (window as unknown as { editor?: Editor }).editor = mounted;
            }
            setEditor(mounted);
            connection.editorMounted();
            return () => setEditor((current) => (current === mounted ? null : current));
          }}
        />
      </div>
    </BoardContext.Provider>
  );
}

function toPreferences(user: PresenceUser, language: string | undefined): TLUserPreferences {
  return { id: user.id, name: user.name, color: user.color, locale: language ?? null, colorScheme: 'light', ...(prefersReducedMotion() ? { animationSpeed: 0 } : {}) };
}

function BoardMessage({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="cs-board-message" role="status">
      <div className="cs-card">
        <h1 className="cs-card__title">{title}</h1>
        {children && <div className="cs-card__body">{children}</div>}
        {action && <div className="cs-card__actions">{action}</div>}
      </div>
    </div>
  );
}

/** Top right: connection, notices and who is here (click a person to follow their view). */
function BoardSidePanel() {
  const board = useContext(BoardContext);
  const editor = useEditor();
  const followingUserId = useValue('following', () => editor.getInstanceState().followingUserId, [editor]);
  if (!board) return null;
  const { connection, t } = board;
  return (
    <div className="cs-side">
      <ConnectionBadge status={connection.status} t={t} />
      {connection.writeRefused && (connection.diskFull ? <p className="cs-notice cs-notice--warn" role="alert">{t.board.diskFull}</p> : <p className="cs-notice">{t.board.readOnly}</p>)}
      {board.fileNotice && (
        <p className="cs-notice" role="status" data-testid="file-notice">
          {board.fileNotice}
        </p>
      )}
      {connection.storageDegraded && (
        <p className="cs-notice cs-notice--warn">{t.board.storageDegraded}</p>
      )}
      <PeopleList
        language={board.language}
        peers={connection.peers}
        followingUserId={followingUserId}
        onFollow={(userId) => {
          const id = createUserId(userId);
          if (followingUserId === id) editor.stopFollowingUser();
          else editor.startFollowingUser(id);
        }}
      />
    </div>
  );
}

/**
 * Scaffolding behind the shapes and the overlay above them, in page coordinates (rendered inside
 * tldraw's camera-transformed shapes layer; the overlay's z-index lifts it over every shape).
 */
function BoardBackground() {
  const board = useContext(BoardContext);
  if (!board?.background && !board?.overlay) return null;
  return (
    <>
      {board.background && <div className="cs-board-background">{board.background}</div>}
      {board.overlay && <div className="cs-board-overlay">{board.overlay}</div>}
    </>
  );
}

/** Screen-space UI in front of the canvas (inside the editor's context). */
function BoardInFront() {
  const board = useContext(BoardContext);
  return board?.inFront ? <>{board.inFront}</> : null;
}

/**
 * Styles open from a toolbar button at every size (tldraw does so only on phones), so the style panel
 * never covers the canvas's top right, where the canvas's own title and instructions are.
 */
function StylePanelInPopover(props: TLUiStylePanelProps) {
  return props.isMobile ? <DefaultStylePanel {...props} /> : null;
}

/** Sticky notes first: they are what workshops are made of. The media button only for those who may add files. */
function BoardToolbar() {
  const breakpoint = useBreakpoint();
  return (
    <div className="cs-toolbar">
      <BoardTools />
      {/* Below TABLET_SM tldraw's toolbar has this button itself. */}
      {breakpoint >= PORTRAIT_BREAKPOINT.TABLET_SM && (
        <TldrawUiOrientationProvider orientation="horizontal" tooltipSide="top">
          <div className="cs-toolbar__styles tlui-main-toolbar__tools">
            <MobileStylePanel />
          </div>
        </TldrawUiOrientationProvider>
      )}
    </div>
  );
}

function BoardTools() {
  const board = useContext(BoardContext);
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      <NoteToolbarItem />
      <TextToolbarItem />
      <DrawToolbarItem />
      <ArrowToolbarItem />
      <EraserToolbarItem />
      <FrameToolbarItem />
      <RectangleToolbarItem />
      <EllipseToolbarItem />
      <LineToolbarItem />
      <HighlightToolbarItem />
      <LaserToolbarItem />
      {board?.canUpload && <AssetToolbarItem />}
    </DefaultToolbar>
  );
}

const components: TLComponents = {
  SharePanel: BoardSidePanel,
  Toolbar: BoardToolbar,
  StylePanel: StylePanelInPopover,
  // A board is one page: the page menu would only take the top bar's room on a phone (and show its stored, untranslated name).
  PageMenu: null,
  OnTheCanvas: BoardBackground,
  InFrontOfTheCanvas: BoardInFront,
  // Names come from the app (and the server), not from tldraw's own name editor.
  UserPresenceEditor: null,
};
