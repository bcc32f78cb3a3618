package cn.zoucheng.warehouse.airflow.internal;

import java.util.Optional;

/** How requests are signed in: nothing, basic auth (Airflow 2) or a bearer token (Airflow 3). */
public interface Auth {

  /** No Authorization header (version probes, the token request itself). */
  Auth NONE =
      new Auth() {
        @Override
        public Optional<String> header() {
          return Optional.empty();
        }

        @Override
        public boolean renew() {
          return false;
        }
      };

  /** The value of the Authorization header, if any. */
  Optional<String> header();

  /** Obtains fresh credentials after a 401; returns false if that is not possible or was done. */
  boolean renew();
}
