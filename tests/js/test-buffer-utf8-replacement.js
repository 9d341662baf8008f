// Invalid UTF-8 decodes like V8/WHATWG: one U+FFFD per maximal invalid subpart.
'use strict';
const assert = require('assert');

const d = (hex) => Buffer.from(hex, 'hex').toString();
assert.strictEqual(d('e08041'), '\ufffd\ufffdA'); // E0 needs A0..BF second
assert.strictEqual(d('e2820a'), '\ufffd\n'); // truncated sequence
assert.strictEqual(d('eda080'), '\ufffd\ufffd\ufffd'); // surrogate
assert.strictEqual(d('f4908080'), '\ufffd\ufffd\ufffd\ufffd'); // > U+10FFFF
assert.strictEqual(d('c0af'), '\ufffd\ufffd'); // overlong
assert.strictEqual(d('f09f98'), '\ufffd'); // truncated at end
assert.strictEqual(d('ff41fe'), '\ufffdA\ufffd');
assert.strictEqual(d('f09f9880'), '😀');
assert.strictEqual(d('00'), '\0');
