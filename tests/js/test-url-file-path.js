// fileURLToPath / pathToFileURL and their Node error codes.
'use strict';
const assert = require('assert');
const { fileURLToPath, pathToFileURL } = require('url');

assert.strictEqual(fileURLToPath('file:///a%20b/%E2%82%AC'), '/a b/€');
assert.strictEqual(fileURLToPath(new URL('file://localhost/x')), '/x');
assert.strictEqual(pathToFileURL('/a b/c#d?e%f\\g').href, 'file:///a%20b/c%23d%3Fe%25f%5Cg');
assert.ok(pathToFileURL('rel/').href.endsWith('/rel/'));
assert.strictEqual(fileURLToPath('file:///C:/a/b', { windows: true }), 'C:\\a\\b');
assert.strictEqual(pathToFileURL('C:\\a b\\c', { windows: true }).href, 'file:///C:/a%20b/c');
assert.throws(() => fileURLToPath('https://a/'), { code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
assert.throws(() => fileURLToPath('file://host/a'), { code: 'ERR_INVALID_FILE_URL_HOST' });
assert.throws(() => fileURLToPath('file:///a%2Fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE' });
