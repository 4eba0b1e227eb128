/*
** assets.h: the files of the page (our web/ folder, the npm packages it
** draws with, the CAMEO names), compiled into the binary at build time by
** tools/gen-assets, so that the server reads no file and loads nothing from
** the internet.
*/
#ifndef PARLEY_SERVE_ASSETS_H
#define PARLEY_SERVE_ASSETS_H

#include <stddef.h>

typedef struct serve_asset {
	const char *path;          /* "/", "/assets/app.js" ... */
	const char *content_type;
	const unsigned char *data;
	size_t len;
} serve_asset;

/* The asset served at exactly `path`, or NULL: paths are looked up in a
** fixed table, never on disk. */
const serve_asset *serve_asset_find(const char *path);

#endif
