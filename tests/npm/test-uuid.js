// uuid@9: v4 needs crypto.randomFillSync (or crypto.randomUUID), v5 needs
// crypto.createHash('sha1'); v1 keeps state across calls.
'use strict';
const { check, eq, ok } = require('./support/check');
const uuid = require('uuid');

check('v4 / validate / version', () => {
  const u = uuid.v4();
  ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), u);
  eq(uuid.validate(u), true);
  eq(uuid.version(u), 4);
  ok(uuid.v4() !== u, 'two v4 differ');
});
check('v5 / v3 (hashing)', () => {
  eq(uuid.v5('hello', uuid.v5.DNS), '9342d47a-1bab-5709-9869-c840b2eac501');
  eq(uuid.v3('hello', uuid.v3.DNS), '0bacede4-4014-3f9d-b720-173f68a1c933');
});
check('parse / stringify / NIL', () => {
  const bytes = uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
  eq(Array.from(bytes.slice(0, 4)), [0x6b, 0xa7, 0xb8, 0x10]);
  eq(uuid.stringify(bytes), '6ba7b810-9dad-11d1-80b4-00c04fd430c8');
  eq(uuid.NIL, '00000000-0000-0000-0000-000000000000');
  eq(uuid.validate('not-a-uuid'), false);
});
check('v1 fields', () => {
  const u = uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: 1600000000000, nsecs: 0 });
  eq(u, '5fe94000-f5bc-11ea-9234-010203040506');
});
