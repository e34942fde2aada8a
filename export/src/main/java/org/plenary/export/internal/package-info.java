/** Shared helpers of the exporters; not exported by the module. */
package org.plenary.export.internal;
