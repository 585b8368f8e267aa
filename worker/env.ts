export interface Env {
  ASSETS: Fetcher;
  /** Absolute origin for canonical links; empty means the request's origin. */
  PUBLIC_ORIGIN?: string;
}

export type AppEnv = { Bindings: Env };
