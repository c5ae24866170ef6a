// Guard run before test/build: npm itself runs on the machine's Node (20 here), but every
// script must run on the Node 24 that the `node` devDependency links into node_modules/.bin.
// If install scripts were skipped, that binary is missing and scripts would silently use Node 20.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Python Atlas needs Node 24, but this script runs on Node ${process.versions.node}.\n` +
      'Fix: run `npm install` (with install scripts allowed) so node_modules/.bin/node exists, ' +
      'then use `npm run …` / `npx …`, which put it first on PATH.',
  );
  process.exit(2);
}
