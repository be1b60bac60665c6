/** HTTP plumbing shared by every endpoint: JSON error bodies and the admin guard on writes. */
package dev.newsdesk.api;
