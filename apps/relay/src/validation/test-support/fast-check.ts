/**
 * fast-check for the relay's tests. apps/relay does not declare fast-check yet (only packages/board does), so it is
 * reached through the board package's install. Once `fast-check` is a devDependency of apps/relay, replace this path
 * with 'fast-check' (or import it directly in the tests).
 */
export { default } from '../../../../../packages/board/node_modules/fast-check';
