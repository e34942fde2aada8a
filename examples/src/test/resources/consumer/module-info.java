/**
 * A program of someone else's that uses Plenary as named modules: it requires the exporters alone,
 * and finds the standard rules and the formats through the services the modules provide.
 */
module org.plenary.consumer {
  requires org.plenary.export;
}
