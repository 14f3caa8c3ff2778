/**
 * The leaders' dashboard: a read model projected from the Kafka events, its page, exports and
 * metrics. It never reads the engine's runtime tables on a page view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package vn.danvan.dashboard;
