// require-lodash.js — loads the 540 KB lodash bundle from node_modules and uses it once.
'use strict';
const _ = require('lodash');
if (_.chunk([1, 2, 3], 2).length !== 2) throw new Error('lodash');
