// Tiny backend: answers its id on every path (incl. /health).
const id = process.argv[2], port = +process.argv[3];
require('http').createServer((q, r) => r.end(id)).listen(port, '127.0.0.1');
