// import of a large ES module graph: lodash-es's index re-exports ~640
// modules, each its own file, then one call into it.
import { chunk } from 'lodash-es';
chunk([1, 2, 3, 4], 2);
