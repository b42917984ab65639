/** The pane's engine chunk (see engine.ts); the module system loads it once. */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ "./engine");
