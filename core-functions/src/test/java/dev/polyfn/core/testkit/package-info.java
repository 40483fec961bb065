/**
 * The shared scenario set: contract cases written once as portable requests with expected answers. Every adapter
 * runs all of them through its own envelope (see {@link dev.polyfn.core.testkit.Scenarios}); an adapter that skips
 * one says why in a comment.
 */
package dev.polyfn.core.testkit;
