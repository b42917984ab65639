/** The domain's public surface. */
export * from "./analyse";
export * from "./cells";
export * from "./context";
export * from "./dates";
export * from "./figures/types";
export * from "./matching";
export * from "./privacy";
export * from "./rules/catalog";
export * from "./rules/run";
export * from "./rules/types";
export * from "./sources/catalog";
export * from "./sources/detect";
export * from "./sources/load";
export * from "./summary";
export * from "./text";
export * from "./values";
