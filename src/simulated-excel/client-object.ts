/**
 * Base classes of the proxies: property tables, `load`, PropertyNotLoaded checks, null objects,
 * `toJSON`, `set` and collections with `items`.
 */
import {
  OperationError,
  SimErrorCodes,
  SimulatedOfficeError,
  fail,
  invalidArgument,
  propertyNotLoaded,
} from "./errors";
import type { SimRequestContext, SyncTransaction } from "./context";
import { SimClientResult } from "./client-result";
import { cloneData, shortJson } from "./payload";

export interface PropDef<T> {
  /** Reads the property from the model at sync time. Absent for write-only properties. */
  get?: (target: T) => unknown;
  /** Applies a new value at sync time (after validation). Absent for read-only properties. */
  set?: (target: T, value: never) => void;
  /** Excluded from `load()` without arguments. */
  explicitOnly?: boolean;
}

export interface ClassMeta {
  className: string;
  props: Record<string, PropDef<unknown>>;
  /** Navigation properties (child proxies), loadable with `load("format/font/bold")`. */
  nav: string[];
  /** Scalar properties of a collection itself (the others are item properties). */
  collectionProps?: string[];
}

export interface LoadSpec {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadSpec>;
}

const META = Symbol("simMeta");

/** Registers a proxy class's properties: accessors on the prototype plus metadata for `load`. */
export function defineClass<T>(
  cls: abstract new (...args: never[]) => SimClientObject<T>,
  className: string,
  props: Record<string, PropDef<T>>,
  nav: string[] = [],
  collectionProps?: string[],
): void {
  const meta: ClassMeta = {
    className,
    props: props as Record<string, PropDef<unknown>>,
    nav,
    collectionProps,
  };
  Object.defineProperty(cls.prototype, META, { value: meta, enumerable: false });
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimClientObject<T>) {
        return this._getProp(name);
      },
      set(this: SimClientObject<T>, value: unknown) {
        if (!def.set) {
          throw new SimulatedOfficeError(
            SimErrorCodes.invalidArgument,
            `The property '${name}' is read-only and it cannot be updated.`,
            { errorLocation: `${className}.${name}` },
          );
        }
        this._setProp(name, value);
      },
    });
  }
}

export function parseLoadOption(option: unknown): LoadSpec {
  const spec: LoadSpec = { all: false, props: new Set(), nav: new Map() };
  if (option === undefined || option === null) {
    spec.all = true;
    return spec;
  }
  const addPath = (target: LoadSpec, path: string): void => {
    const parts = path
      .split("/")
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    let node = target;
    for (let i = 0; i < parts.length - 1; i++) {
      let child = node.nav.get(parts[i]);
      if (!child) {
        child = { all: false, props: new Set(), nav: new Map() };
        node.nav.set(parts[i], child);
      }
      node = child;
    }
    node.props.add(parts[parts.length - 1]);
  };
  const addList = (target: LoadSpec, list: string | string[]): void => {
    const items = Array.isArray(list) ? list : list.split(",");
    for (const item of items) addPath(target, item);
  };
  if (typeof option === "string" || Array.isArray(option)) {
    addList(spec, option as string | string[]);
  } else if (typeof option === "object") {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    if (o.select) addList(spec, o.select);
    else spec.all = true;
    if (o.expand) {
      for (const nav of Array.isArray(o.expand) ? o.expand : o.expand.split(",")) {
        const name = nav.trim();
        if (name && !spec.nav.has(name)) spec.nav.set(name, { all: true, props: new Set(), nav: new Map() });
      }
    }
  } else {
    invalidArgument("The argument of load() is invalid.");
  }
  return spec;
}

function allSpec(): LoadSpec {
  return { all: true, props: new Set(), nav: new Map() };
}

export interface InstantiateSpec {
  /** `Class.member` of the method or property that created the object. */
  location: string;
  args?: unknown[];
}

export abstract class SimClientObject<T> {
  readonly context: SimRequestContext;
  /** @internal */ _tracked = false;
  /** @internal undefined until a sync resolved the object. */ _isNull: boolean | undefined;
  /** @internal Loaded (or locally assigned) property values. */ _loaded: Record<string, unknown> = {};
  /** @internal Object path, for statements and payload references. */ readonly _simPath: string;
  private _resolved: { value: T | null } | undefined;
  private readonly _children = new Map<string, SimClientObject<unknown>>();

  constructor(
    context: SimRequestContext,
    path: string,
    private readonly _resolver: () => T | null,
    instantiate?: InstantiateSpec,
  ) {
    this.context = context;
    this._simPath = path;
    // Like real proxies, unknown members can't be added: assigning an unsupported property throws.
    Object.preventExtensions(this);
    if (instantiate) {
      context._enqueue(
        {
          location: instantiate.location,
          args: instantiate.args,
          path,
          statement: `${path};`,
          run: () => {
            this._ref();
          },
        },
        this,
      );
    }
  }

  /** @internal */
  get _meta(): ClassMeta {
    return (this as unknown as Record<symbol, ClassMeta>)[META];
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._meta.className);
    return this._isNull;
  }

  /** @internal Whether a resolved model object still exists. */
  protected _isAlive(target: T): boolean {
    return !(target as { deleted?: boolean }).deleted;
  }

  /** @internal Resolves the model object behind the proxy (at sync time only). null = null object. */
  _ref(): T | null {
    const tx = this.context._tx;
    if (!tx) throw new Error("Simulated Excel internal error: proxy resolved outside of sync().");
    if (!this._resolved) {
      this._resolved = { value: this._resolver() };
    }
    const value = this._resolved.value;
    if (value !== null && !this._isAlive(value)) {
      fail(
        SimErrorCodes.itemNotFound,
        `The requested resource doesn't exist (${this._meta.className} was deleted).`,
      );
    }
    tx.onCommit(() => {
      this._isNull = value === null;
    });
    return value;
  }

  /** @internal */
  _getProp(name: string): unknown {
    if (this._isNull === true) return undefined;
    if (!Object.prototype.hasOwnProperty.call(this._loaded, name)) {
      throw propertyNotLoaded(name, this._meta.className);
    }
    return this._loaded[name];
  }

  /** @internal */
  _setProp(name: string, value: unknown): void {
    const def = this._meta.props[name];
    this._loaded[name] = value;
    this._op(
      name,
      [value],
      (target) => (def.set as (t: T, v: unknown) => void)(target, cloneData(value)),
      true,
      `${this._simPath}.${name} = ${shortJson(value)};`,
    );
  }

  /** @internal Queues a method call or property assignment on this object. */
  _op(
    member: string,
    args: unknown[],
    apply: (target: T, tx: SyncTransaction) => void,
    mutates = true,
    statement?: string,
  ): void {
    this.context._enqueue(
      {
        location: `${this._meta.className}.${member}`,
        args,
        path: `${this._simPath}.${member}`,
        statement,
        mutates,
        run: (tx) => {
          const target = this._ref();
          if (target === null) return;
          apply(target, tx);
        },
      },
      this,
    );
  }

  /** @internal Queues a method that returns a value (`ClientResult`). */
  _resultOp<R>(member: string, args: unknown[], compute: (target: T) => R): SimClientResult<R> {
    const result = new SimClientResult<R>();
    this._op(
      member,
      args,
      (target, tx) => {
        const value = cloneData(compute(target));
        tx.addResponse(value);
        tx.onCommit(() => result._set(value));
      },
      false,
    );
    return result;
  }

  /** @internal A cached navigation child (e.g. `range.format`). */
  protected _child<C extends SimClientObject<unknown>>(name: string, create: () => C): C {
    let child = this._children.get(name) as C | undefined;
    if (!child) {
      child = create();
      this._children.set(name, child);
    }
    return child;
  }

  /** @internal Path of a child object. */
  protected _path(member: string, args?: unknown[]): string {
    if (!args) return `${this._simPath}.${member}`;
    return `${this._simPath}.${member}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
  }

  /** @internal Checks that an argument proxy belongs to the same request context. */
  protected _sameContext(other: unknown): void {
    if (other instanceof SimClientObject && other.context !== this.context) {
      throw new SimulatedOfficeError(
        SimErrorCodes.invalidRequestContext,
        "Cannot use the object across different request contexts.",
      );
    }
  }

  load(option?: string | string[] | { select?: string | string[]; expand?: string | string[] }): this {
    const spec = parseLoadOption(option);
    this.context._enqueue(
      {
        location: `${this._meta.className}.load`,
        args: option === undefined ? [] : [option],
        path: `${this._simPath}.load`,
        mutates: false,
        run: (tx) => this._executeLoad(spec, tx),
      },
      this,
    );
    return this;
  }

  /** @internal Reads the requested properties at sync time; they become visible after the sync. */
  _executeLoad(spec: LoadSpec, tx: SyncTransaction): void {
    const target = this._ref();
    if (target === null) return;
    const meta = this._meta;
    const engine = this.context._engine;
    const names = spec.all
      ? Object.entries(meta.props)
          .filter(
            ([name, def]) => def.get && !def.explicitOnly && this._apiSupported(`${meta.className}.${name}`),
          )
          .map(([name]) => name)
      : [...spec.props];
    const result: Record<string, unknown> = {};
    for (const name of names) {
      if (meta.nav.includes(name)) {
        engine.checkApi(`${meta.className}.${name}`);
        this._navChild(name)._executeLoad(allSpec(), tx);
        continue;
      }
      const def = meta.props[name];
      if (!def || !def.get) {
        invalidArgument(
          `The property '${name}' doesn't exist on the type '${meta.className}' or can't be loaded.`,
        );
      }
      engine.checkApi(`${meta.className}.${name}`);
      result[name] = cloneData(def.get(target));
    }
    tx.addResponse(result);
    tx.onCommit(() => Object.assign(this._loaded, result));
    for (const [name, sub] of spec.nav) {
      if (!meta.nav.includes(name)) {
        invalidArgument(`The navigation property '${name}' doesn't exist on the type '${meta.className}'.`);
      }
      engine.checkApi(`${meta.className}.${name}`);
      this._navChild(name)._executeLoad(sub, tx);
    }
  }

  private _apiSupported(location: string): boolean {
    try {
      this.context._engine.checkApi(location);
      return true;
    } catch (e) {
      if (e instanceof OperationError) return false;
      throw e;
    }
  }

  /** @internal */
  _navChild(name: string): SimClientObject<unknown> {
    const child = (this as unknown as Record<string, unknown>)[name];
    if (!(child instanceof SimClientObject)) {
      invalidArgument(`'${name}' is not a navigation property of '${this._meta.className}'.`);
    }
    return child;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._loaded };
    for (const [name, child] of this._children) {
      if (!this._meta.nav.includes(name)) continue;
      const json = child.toJSON();
      if (json && Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }

  /** Sets several properties at once, like office-js `set()`. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._meta.nav.includes(key)) {
        this._navChild(key).set(value as Record<string, unknown>);
      } else if (this._meta.props[key]?.set) {
        (this as unknown as Record<string, unknown>)[key] = value;
      } else {
        throw new SimulatedOfficeError(
          SimErrorCodes.invalidArgument,
          `The property '${key}' doesn't exist or is read-only on '${this._meta.className}'.`,
        );
      }
    }
  }

  track(): this {
    this._tracked = true;
    return this;
  }

  untrack(): this {
    this._tracked = false;
    return this;
  }
}

/** A collection proxy with `items`. `TModel` is the collection's own model (e.g. the worksheet). */
export abstract class SimCollection<T, TItem extends SimClientObject<unknown>> extends SimClientObject<T> {
  /** @internal Current model items, at sync time. */
  protected abstract _listItems(target: T): unknown[];
  /** @internal A proxy for one model item (already resolved; no instantiate operation). */
  protected abstract _wrapItem(item: unknown, index: number): TItem;

  get items(): TItem[] {
    return this._getProp("items") as TItem[];
  }

  override _executeLoad(spec: LoadSpec, tx: SyncTransaction): void {
    const target = this._ref();
    if (target === null) return;
    const own = new Set(this._meta.collectionProps ?? []);
    const ownSpec: LoadSpec = { all: false, props: new Set(), nav: new Map() };
    const itemSpec: LoadSpec = { all: spec.all, props: new Set(), nav: new Map() };
    for (const p of spec.props) {
      if (own.has(p)) ownSpec.props.add(p);
      else if (p === "items") itemSpec.all = true;
      else itemSpec.props.add(p);
    }
    for (const [name, sub] of spec.nav) {
      if (name === "items") {
        if (sub.all) itemSpec.all = true;
        else {
          for (const p of sub.props) itemSpec.props.add(p);
          for (const [n, s] of sub.nav) itemSpec.nav.set(n, s);
        }
      } else {
        itemSpec.nav.set(name, sub);
      }
    }
    if (ownSpec.props.size > 0) super._executeLoad(ownSpec, tx);
    const models = this._listItems(target);
    const proxies = models.map((m, i) => this._wrapItem(m, i));
    for (const proxy of proxies) proxy._executeLoad(itemSpec, tx);
    tx.onCommit(() => {
      this._loaded.items = proxies;
    });
  }

  override toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this._loaded)) {
      out[k] = k === "items" ? (v as TItem[]).map((i) => i.toJSON()) : v;
    }
    return out;
  }
}
