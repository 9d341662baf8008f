// import of an ES module package (js-yaml's 100 KB ES build through its
// "import" export condition), then one call into it.
import yaml from 'js-yaml';
yaml.load('a: [1, 2]');
