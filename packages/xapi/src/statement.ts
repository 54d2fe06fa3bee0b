/**
 * The shape of the statements this package writes: the subset of xAPI 1.0.3 we use, typed
 * precisely. (@xapi/xapi's own `Statement` type cannot express them: its `LanguageMap` is a mapped
 * type that requires an entry for every language code, so `{ en: '…' }` does not type-check.)
 */

export type LanguageMap = Record<string, string>;

export interface XapiAccount {
  homePage: string;
  name: string;
}

/** An agent is identified by an account only: never mbox, mbox_sha1sum or openid (SPEC X2). */
export interface XapiAgent {
  objectType: 'Agent';
  account: XapiAccount;
  name?: string;
}

/** An anonymous group: identified by its members (an LRS would merge identified groups by IFI). */
export interface XapiGroup {
  objectType: 'Group';
  name?: string;
  member: XapiAgent[];
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    type: string;
    name: LanguageMap;
    description?: LanguageMap;
  };
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiContext {
  registration: string;
  platform: string;
  team?: XapiGroup;
  contextActivities: {
    /** The direct container of the object; absent when the object is the workshop itself. */
    parent?: XapiActivity[];
    /** The canvas and workshop the statement belongs to (not the object itself). */
    grouping?: XapiActivity[];
    /** The profile these statements follow (SPEC X3). */
    category: XapiActivity[];
  };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  context: XapiContext;
  /** Only on "completed": completion is what LRS reports and cmi5-style tools look for. */
  result?: { completion: true };
  timestamp: string;
  // No `version`: the spec says a Learning Record Provider SHOULD NOT set it (the LRS does).
}
