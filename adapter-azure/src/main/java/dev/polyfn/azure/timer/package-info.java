/**
 * Serves Azure timer triggers (TimerInfo JSON) as portable schedule ticks through core;
 * entry point {@link dev.polyfn.azure.timer.PolyfnAzureTimer}.
 */
package dev.polyfn.azure.timer;
