/**
 * Plumbing shared by the client's packages and the starter's modules: argument checks,
 * JSON helpers, signing primitives, paging helpers, HTTP client adapters. Not API: public
 * only so that sibling packages can use it; any type or method here may change or go in
 * any release, without notice. {@code PublicApiTests} fails when a type of this package
 * appears in the signature of a public type outside it.
 */
@NullMarked
package org.opentok.spring.client.internal;

import org.jspecify.annotations.NullMarked;
