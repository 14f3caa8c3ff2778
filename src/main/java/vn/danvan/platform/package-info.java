/**
 * Runtime platform shared by every feature module: the in-process PostgreSQL and Kafka broker of
 * the local default run, web security (one identity: Camunda's identity service) and the
 * customisation of the Camunda webapps. It depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.danvan.platform;
