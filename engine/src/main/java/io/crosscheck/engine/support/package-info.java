/** Small helpers both step modules and reporters use, so that they word the same things the same way. */
package io.crosscheck.engine.support;
