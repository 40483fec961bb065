/** Assembling deployment jars from a class path: one flat jar with per-artifact trimming and merged service files. */
package dev.polyfn.maven.jar;
