/** Implementation details of the core; not exported by the module. */
package org.plenary.core.internal;
