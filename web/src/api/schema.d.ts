/**
 * The API's types, generated from web/src/api/openapi.json by openapi-typescript.
 * Do not edit: `npm run build:api` writes it from the server's route schemas.
 */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the service up, and can it reach its database?
         * @description Access: open to anyone, signed in or not.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vocabularies Precursor uses, with their versions
         * @description Access: `taxonomies.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listTaxonomies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomies/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One vocabulary: its terms by stable code, with labels, definitions and cited sources
         * @description Access: `taxonomies.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List places, by name
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listPlaces"];
        put?: never;
        /**
         * Create a place
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["createPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a place
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getPlace"];
        /**
         * Replace a place; send the version you read
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        put: operations["updatePlace"];
        post?: never;
        /**
         * Delete a place (soft: it can be restored)
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        delete: operations["deletePlace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted place
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["restorePlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups, by name
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a group
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getGroup"];
        /**
         * Replace a group; send the version you read
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        put: operations["updateGroup"];
        post?: never;
        /**
         * Delete a group (soft: it can be restored)
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted group
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["restoreGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors, by name
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listActors"];
        put?: never;
        /**
         * Create a actor
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a actor
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getActor"];
        /**
         * Replace a actor; send the version you read
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        put: operations["updateActor"];
        post?: never;
        /**
         * Delete a actor (soft: it can be restored)
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actors/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted actor
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["restoreActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources, by name
         * @description Access: `sources.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create a source
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a source
         * @description Access: `sources.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getSource"];
        /**
         * Replace a source; send the version you read
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        put: operations["updateSource"];
        post?: never;
        /**
         * Delete a source (soft: it can be restored)
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted source
         * @description Access: `registry.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["restoreSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country's regions (admin1, admin2) with their live places and incidents; `q` matches any case or spacing
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region at a point: a boundary that contains it, else the region of the nearest known place within 50 km, else null
         * @description Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getRegionAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge one spelling of a region into another: places, incidents and counts move, in one audited transaction
         * @description Access: `regions.merge` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["mergeRegions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search and filter incidents; keyset pages of `limit`, follow `nextCursor`
         * @description Access: `incidents.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listIncidents"];
        put?: never;
        /**
         * Record an incident
         * @description Access: `incidents.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["createIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the incidents matching the filters of /api/incidents
         * @description Exact without a text search (as /api/stats counts). With `q`: exact up to 1,000 matches, past it `total` is 1,000 with `totalIsLowerBound: true` ("1,000+"): counting every match of a very common word costs seconds at a million incidents, for a number nobody pages through.
         *
         *     Access: `incidents.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["countIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an incident, with its acts, sources, evidence and links
         * @description Access: `incidents.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getIncident"];
        /**
         * Replace an incident; send the version you read — a stale one gets 409 with the current record, or is merged with `merge: true`
         * @description Acts carry their `id` as read: an act with an id is updated in place, one without is new, one left out is deleted. A deleted incident refuses edits: 409 `urn:precursor:problem:deleted` with `deletedAt` (restore it first). A stale `version` without `merge`: 409 `urn:precursor:problem:conflict` with `current`. With `merge: true`, a stale edit is merged three-way against the version you read: fields only one side changed are taken from that side. No conflict: saved (audit action incident.merge), 200 with the record and `merged: { baseVersion, theirsVersion, fromTheirs }`. Conflicts: 409 `urn:precursor:problem:conflict` with `current` and `merge: { baseVersion, theirsVersion, baseFound, merged, conflicts: [{ path, base, mine, theirs }] }` (baseFound false: the version you read is not in the audit trail, so every difference is a conflict and `base` is null); decide each conflict in `merge.merged` and send it with `version: theirsVersion` and `resolvedMergeOf: baseVersion`.
         *
         *     Access: `incidents.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        put: operations["updateIncident"];
        post?: never;
        /**
         * Delete an incident (soft: it can be restored)
         * @description Access: `incidents.delete` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        delete: operations["deleteIncident"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted incident
         * @description Access: `incidents.delete` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["restoreIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count incidents by month × pyramid level × group × country (or the dimensions in `by`) for the same filters as the list
         * @description Dimensions: month, year, level, country, admin1, place, group, basis, type, perpetrator, verification. An incident that targets two groups counts once under each group; `totals` counts it once. Victim sums in a cell are the totals of the incidents counted in it (a two-group incident's victims appear under both groups). Dates at their precision: by `month`, an incident known only to its year counts in that year's month-unknown cell `YYYY-??` (never in January), so the months and the `??` cell of a year add up to the year; by `year`, every incident counts in the year it began; `from`/`to` keep incidents whose dated range overlaps the period.
         *
         *     Access: `incidents.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/extent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The first and last month with data, for the same filters as /api/stats without from/to
         * @description Only incidents dated to the day or the month count: one known only to its year does not move `first` or `last`. A dashboard ends its default period at `last`, so months not yet recorded do not read as a decline.
         *
         *     Access: `incidents.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getStatsExtent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a group is used
         * @description The number of live incidents that name it — those `GET /api/incidents?group=<id>` lists
         *
         *     Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getGroupUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where several groups are used, in one request
         * @description The number of live incidents that name it — those `GET /api/incidents?group=<id>` lists, for each id (ids named by no incident, or by none on record, count 0)
         *
         *     Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getGroupsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actors/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a actor is used
         * @description The number of live incidents that name it — those `GET /api/incidents?perpetrator=<id>` lists
         *
         *     Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getActorUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actors/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where several actors are used, in one request
         * @description The number of live incidents that name it — those `GET /api/incidents?perpetrator=<id>` lists, for each id (ids named by no incident, or by none on record, count 0)
         *
         *     Access: `registry.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["getActorsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a source is used
         * @description The number of live incidents that name it — those `GET /api/incidents?source=<id>` lists
         *
         *     Access: `sources.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getSourceUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where several sources are used, in one request
         * @description The number of live incidents that name it — those `GET /api/incidents?source=<id>` lists, for each id (ids named by no incident, or by none on record, count 0)
         *
         *     Access: `sources.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getSourcesUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the incidents matching the list filters as CSV, XLSX, GeoJSON, HXL, JSON, NDJSON or HURIDOCS ESF JSON, streamed
         * @description Every incident the caller may read that matches the filters (as GET /api/incidents takes them), oldest first, with no row cap. CSV, XLSX and HXL text cells that start with = + - @ a tab, a carriage return or an apostrophe are written with a leading apostrophe (formula injection); the column precursor_export marks the file as Precursor's own, whose importer removes that apostrophe again.
         *
         *     Access: `exports.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["exportIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Several evidence records with their chains of custody, in the order asked (ids that name nothing are left out)
         * @description Access: `evidence.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listEvidence"];
        put?: never;
        /**
         * Upload an evidence file (multipart/form-data: `file`, optional `description`); stored by its SHA-256
         * @description Streamed and hashed on the way in; the media type is sniffed from the content. At most 104857600 bytes. The same file uploaded again returns the stored record (200) and adds a custody event.
         *
         *     Access: `evidence.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Evidence metadata with its chain of custody
         * @description Access: `evidence.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the file (recorded in the chain of custody)
         * @description Access: `evidence.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["downloadEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check that the stored file still matches its SHA-256 (recorded in the chain of custody)
         * @description Access: `evidence.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        post: operations["verifyEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first: every write with actor, time, action, before and after
         * @description Access: `audit.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the audit hash chain and name the first altered, removed or reordered entry (administrators)
         * @description A broken chain is still a 200: `ok` is false and `problem` names the first bad entry (sequence, id, what is wrong).
         *
         *     Access: `audit.verify` — administrator. Others get 401 (not signed in) or 403.
         */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purge an incident for good (administrators): for a record that endangers someone
         * @description Removes the incident and all that hangs from it, the evidence no other incident links to (record, custody and file), and erases the before, after and detail of its audit entries (their digests stay: the chain still verifies). Leaves a tombstone (what, when, by whom, a digest of the reason) so the id is refused by later creates and imports, and removed again after the restore of an older backup. Cannot be undone.
         *
         *     Access: `records.purge` — administrator. Others get 401 (not signed in) or 403.
         */
        post: operations["purgeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The persons of an incident (`incidentId`), or those with a name (`name`: exact match, case, spacing and diacritics folded)
         * @description Identities are given only to roles allowed to see them, and only in incidents the caller may read; others get `identity: null` and a pseudonym. Looking up by `name` needs that permission (403 otherwise); POST /api/persons/lookup does the same with the name in the body, out of URLs and access logs.
         *
         *     Access: `persons.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listPersons"];
        put?: never;
        /**
         * Record a victim or witness of an incident
         * @description Access: `persons.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Persons with this name or alias (exact match, case, spacing and diacritics folded)
         * @description Access: `persons.read-identity` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["lookupPersons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a person (identity only for roles allowed to see it)
         * @description Access: `persons.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getPerson"];
        /**
         * Replace a person; send the version you read (a stale one gets 409 with the current record, without its identity)
         * @description Access: `persons.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["updatePerson"];
        post?: never;
        /**
         * Delete a person and their encrypted identity
         * @description Access: `persons.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the person's consent: record-only, share-un or publish
         * @description Access: `persons.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/consent/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the person withdrew consent: they leave every export and generated document
         * @description Access: `persons.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is asking: local mode or the signed-in account, its role and what it may do, and the CSRF token
         * @description Access: open to anyone, signed in or not.
         */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in with login name and password (and a one-time code when the account has a second factor); sets the session cookie
         * @description Access: open to anyone, signed in or not.
         */
        post: operations["signIn"];
        /**
         * Sign out: ends the session
         * @description Access: open to anyone, signed in or not.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * First run: create the first administrator (only on a loopback server while no account exists); signs them in
         * @description Access: open to anyone, signed in or not.
         */
        post: operations["createFirstAdministrator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create an account
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an account's name, role, clearance, teams, or disable it
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password; the account’s sessions and API tokens end
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team-names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams by name, without their members (to pick and show a record's teams)
         * @description Access: `teams.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listTeamNames"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a team and its memberships
         * @description Access: `users.manage` — administrator. Others get 401 (not signed in) or 403.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change your own password (send the current one); your other sessions and your API tokens end
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        put: operations["changeOwnPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling a second factor: the secret and otpauth URI, shown this once
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        post: operations["beginTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the enrolment with a current code: the second factor is on
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn the second factor off, with a current code
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API tokens (never their secrets)
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listApiTokens"];
        put?: never;
        /**
         * Create an API token (read-only, read-write or a list of actions), expiring; the secret is in this answer only
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of your API tokens
         * @description Access: `account.manage` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A consistent backup of the database and the evidence files (tar.gz, or age-encrypted with a passphrase)
         * @description Access: `backup.run` — administrator. Others get 401 (not signed in) or 403.
         */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely duplicates, best first: pairs of incidents (both readable by the caller) with the score and the features behind it
         * @description Access: `review.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["listDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan the incidents the caller may read for likely duplicates and store the pairs for review
         * @description Access: `incidents.merge` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["scanDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/{a}/{b}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not one event: set the pair aside with the reason (later scans do not propose it again)
         * @description Access: `review.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["dismissDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/{a}/{b}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One event: merge the other incident into `keep` (its sources, evidence, links and acts move; it is deleted). Undone by /unmerge
         * @description Access: `incidents.merge` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["mergeDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/{a}/{b}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a merge: both incidents back as they were (refused if the kept one was edited since)
         * @description Access: `incidents.merge` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["unmergeDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Early-warning alerts the caller may see (all their incidents readable), newest month first, in keyset pages
         * @description Access: `alerts.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the detectors over the whole history (of one country, or all) and bring the alerts in line; serialised with any other scan, answered when done
         * @description Access: `alerts.scan` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["scanAlerts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Acknowledge, escalate, dismiss (with the reason) or reopen an alert; audited
         * @description Access: `alerts.write` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        patch: operations["setAlertStatus"];
        trace?: never;
    };
    "/api/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What needs attention: incidents not yet verified, unverifiable, assigned to me, likely duplicates
         * @description Access: `review.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["getReviewSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents on reviewers' lists, newest first (`assignee=me` for one's own)
         * @description Access: `review.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["listReviewAssignments"];
        put?: never;
        /**
         * Put incidents on a reviewer's list (assignee null takes them off), audited
         * @description Access: `review.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["assignForReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/rejected-rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rows imports rejected (batches not rolled back), newest batch first: batch, row, field and reason, and the job whose error file holds them; needs imports.read too
         * @description Access: `review.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["listRejectedImportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the verification status of every incident a filter selects (at most 5,000; each change audited); refused if the selection no longer has `expected` incidents
         * @description Access: `review.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["setVerificationInBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The UN Framework of Analysis for Atrocity Crimes (2014): 14 risk factors and their indicators, paraphrased, with pages
         * @description Access: `framework.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getFrameworkOfAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/framework/{country}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country's scorecard: each indicator's current assessment, per-factor counts, and what changed since a day (`?since=YYYY-MM-DD`)
         * @description Access: `framework.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getFrameworkScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/framework/{country}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an assessment of one indicator (kept with the earlier ones; audited)
         * @description Access: `framework.write` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        post: operations["assessFrameworkIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/framework/{country}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicators the recorded incidents point to, each with its reason, counts and incidents — never set until an analyst confirms one
         * @description Access: `framework.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["listFrameworkSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/framework/{country}/suggestions/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a suggestion into an assessment (its incidents as evidence, its reason kept); refused if the data no longer supports it
         * @description Access: `framework.write` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        post: operations["confirmFrameworkSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Saved country risk forecast runs, newest first (the newest is the one the watchlist reads)
         * @description Access: `forecasts.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["listForecastRuns"];
        put?: never;
        /**
         * Keep a ranking (the output of `precursor forecast rank --json`, with its outcome and predictors file) as a new run; audited
         * @description Access: `forecasts.write` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        post: operations["saveForecastRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forecasts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One saved forecast run with every country ranked, its probability and top factors
         * @description Access: `forecasts.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getForecastRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Countries or regions ranked by the forecast, the Framework scorecard and the active alerts together, each with its reason in words and links to what produced it (alerts the caller may not read neither count nor show; scorecards only with framework.read)
         * @description Access: `watchlist.read` — administrator, editor, analyst, lawyer, viewer. Others get 401 (not signed in) or 403.
         */
        get: operations["getWatchlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case files you may read, newest change first (keyset pages), by status, country or owner
         * @description Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * Open a case file from incident ids and/or the incident list’s filters ("make a case from these 40 incidents")
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every due date of the cases you may read: open tasks and the dates bodies set (observations, comments, follow-up)
         * @description Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getCaseCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same due dates as an iCalendar feed (RFC 5545); authenticate like the API (a token limited to cases.read for a calendar client)
         * @description Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getCaseCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case file as you may see it: incidents and evidence you may not read left out, victims’ identities withheld without persons.read-identity; with its chronology and the provisions its incidents suggest
         * @description Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the case’s own fields; send the version you read (a stale one gets 409 with the current case)
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        patch: operations["updateCase"];
        trace?: never;
    };
    "/api/cases/{id}/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every mechanism for the case: open or not, each admissibility condition with its reason and rule, the outcome and the deadlines — from the facts of the case you may read, as if submitted on `asOf` (default today)
         * @description Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getCaseForums"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join incidents you may read to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/incidents/{incidentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take an incident out of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseIncident"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link evidence you may read to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/evidence/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink evidence from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a victim to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseVictim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/victims/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a victim of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["replaceCaseVictim"];
        post?: never;
        /**
         * Remove a victim from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseVictim"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/remedies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a remedy to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseRemedy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/remedies/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a remedy of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["replaceCaseRemedy"];
        post?: never;
        /**
         * Remove a remedy from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseRemedy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a procedure to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseProcedure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/procedures/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a procedure of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["replaceCaseProcedure"];
        post?: never;
        /**
         * Remove a procedure from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseProcedure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a task to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/tasks/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a task of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["replaceCaseTask"];
        post?: never;
        /**
         * Remove a task from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a outcome to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/outcomes/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a outcome of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["replaceCaseOutcome"];
        post?: never;
        /**
         * Remove a outcome from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseOutcome"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/requested-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a requested measure to the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        post: operations["addCaseRequestedMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/requested-measures/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a requested measure of the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        put: operations["replaceCaseRequestedMeasure"];
        post?: never;
        /**
         * Remove a requested measure from the case
         * @description Access: `cases.write` — administrator, editor, lawyer. Others get 401 (not signed in) or 403.
         */
        delete: operations["removeCaseRequestedMeasure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mechanisms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The UN mechanisms as data: each treaty body's competence and admissibility rules, the special procedures, the Special Adviser on the Prevention of Genocide, CERD early warning, the UPR and CMW (not in force), every rule with its citation and "as of" date
         * @description Access: `mechanisms.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listMechanisms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check facts (not a stored case) against one treaty body's admissibility rules: each condition met / not-met / needs-information / not-applicable with its reason and rule, the outcome and the deadlines (issue 18 §3). A null submissionDate is assessed for today.
         * @description Access: `mechanisms.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        post: operations["checkAdmissibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mechanisms/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which States accepted which UN individual-complaints procedure (ratifications, accessions, declarations), from when, with the reservations that bear on admissibility and each row's source; `?state=FRA&instrument=ICCPR-OP1` to narrow
         * @description Access: `mechanisms.read` — administrator, editor, analyst, lawyer, viewer, public. Others get 401 (not signed in) or 403.
         */
        get: operations["listMechanismAcceptance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The submissions the case can be written as — each form with the mechanisms it serves — and the case's word count against each form's limit
         * @description The count is that of the document the caller would download (built from what the caller may read); nothing is rendered.
         *
         *     Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["listCaseSubmissionDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's submission (DOCX or PDF) in the form the mechanism expects, with the pattern chart, the map and the evidence annex
         * @description Built from the incidents, places and evidence the caller may read: a confidential record the caller may not see is not in the document. The word count and the form's limit are in the headers x-word-count and x-word-limit (and printed in the document).
         *
         *     Access: `cases.read` — administrator, editor, analyst, lawyer. Others get 401 (not signed in) or 403.
         */
        get: operations["getCaseSubmissionDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to import (multipart/form-data: `file`); then preview it and start a job
         * @description Streamed to the data directory and hashed (SHA-256) on the way in, never held in memory. At most 104857600 bytes (PRECURSOR_MAX_IMPORT_MB).
         *
         *     Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["uploadImportFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/uploads/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detect the format and show the first rows as they would be recorded, with each row’s problems (writes nothing)
         * @description Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["previewImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipped mappings (data/mappings/) and mappings people saved
         * @description Access: `imports.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["listImportMappings"];
        put?: never;
        /**
         * Save a mapping of one’s own (audited); its name is unique within its source system
         * @description Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["saveImportMapping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/mappings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save a new version of a saved mapping (audited)
         * @description Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        put: operations["updateImportMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest 50 import jobs, newest first
         * @description Access: `imports.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["listImportJobs"];
        put?: never;
        /**
         * Import an uploaded file: the job runs in the server (one at a time) and goes on if the client leaves; poll it
         * @description Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["startImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import job: status, progress (rows read, written, rejected, rows/s, time left) and, when done, its report
         * @description Access: `imports.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an interrupted or failed job again; its batch is resumed and nothing is written twice
         * @description Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["resumeImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The error file: the rejected rows in the file’s format, with a reason column; fix them and import it
         * @description Access: `imports.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["downloadImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import batches: who, when, file and SHA-256, format, mapping, counts
         * @description Access: `imports.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["listImportBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import batch
         * @description Access: `imports.read` — administrator, editor, analyst. Others get 401 (not signed in) or 403.
         */
        get: operations["getImportBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a batch: what it created is deleted, what it updated reverted (audited); refused when a record was edited since, naming it
         * @description Access: `imports.write` — administrator, editor. Others get 401 (not signed in) or 403.
         */
        post: operations["rollbackImportBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PersonInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            number: number;
            /** @description How to name the person without identifying them: "Victim 3" */
            pseudonym: string;
            /** @enum {string} */
            role: "victim" | "witness" | "victim-witness";
            sex: ("female" | "male" | "other" | "unknown") | null;
            age: number | null;
            actIds: string[];
            sourceIds: string[];
            consent: {
                /** @enum {string} */
                status: "none" | "given" | "withdrawn";
                scope: ("record-only" | "share-un" | "publish") | null;
                givenOn: string | null;
                recordedBy: string | null;
                recordedAt: string | null;
                withdrawnOn: string | null;
                withdrawnBy: string | null;
            };
            /** @description The identifying fields; null unless the caller may see identities (persons.read-identity) */
            identity: {
                name: string;
                aliases: string[];
                dateOfBirth: string | null;
                contacts: string[];
                address: string;
                photos: string[];
                notes: string;
            } | null;
            version: number;
            createdAt: string;
            createdBy: string;
            updatedAt: string;
            updatedBy: string;
        };
        /** @description RFC 9457 problem details; errors names each invalid field */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            errors?: {
                /** @description Path of the field, e.g. acts.0.violationType */
                field: string;
                /**
                 * @description What is wrong, as a stable code to translate or branch on
                 * @enum {string}
                 */
                code: "required" | "invalid-type" | "not-integer" | "too-long" | "too-large" | "too-small" | "too-many" | "too-few" | "invalid-enum" | "invalid-uuid" | "invalid-url" | "invalid-date" | "invalid-day" | "date-in-future" | "end-before-start" | "unknown-code" | "not-found" | "place-in-other-country" | "coordinates-together" | "duplicate" | "self-link" | "belongs-elsewhere" | "already-deleted" | "not-deleted" | "stale-version" | "invalid-cursor" | "invalid-json" | "invalid-character" | "file-empty" | "file-too-large" | "media-type-refused" | "unsupported-media-type" | "ambiguous-name" | "above-clearance" | "not-in-team" | "withheld" | "invalid";
                /** @description The same in English, for people reading a script */
                message: string;
                /** @description Values for the message: maximum, minimum, vocabulary, value, entity, id, options, … */
                params?: {
                    [key: string]: string | number | string[];
                };
                /** @enum {string} */
                in: "body" | "query" | "path" | "header";
                pointer: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        UserInput: {
            /** Format: uuid */
            id: string;
            login: string;
            displayName: string;
            /** @enum {string} */
            role: "administrator" | "editor" | "analyst" | "lawyer" | "viewer";
            /** @enum {string} */
            clearance: "public" | "internal" | "confidential" | "strictly-confidential";
            teams: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            disabled: boolean;
            totpEnabled: boolean;
            createdAt: string;
            updatedAt: string;
        };
        TeamInput: {
            /** Format: uuid */
            id: string;
            name: string;
            members: number;
        };
        TeamNameInput: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SessionInfoInput: {
            /** @enum {string} */
            mode: "local" | "accounts";
            user: components["schemas"]["UserInput"] | null;
            /** @enum {string} */
            role: "administrator" | "editor" | "analyst" | "lawyer" | "viewer" | "public";
            permissions: ("incidents.read" | "incidents.write" | "incidents.delete" | "registry.read" | "registry.write" | "sources.read" | "regions.merge" | "evidence.read" | "evidence.write" | "audit.read" | "audit.verify" | "persons.read" | "persons.read-identity" | "persons.write" | "persons.keys" | "users.manage" | "teams.read" | "account.manage" | "records.purge" | "backup.run" | "taxonomies.read" | "imports.read" | "imports.write" | "exports.read" | "review.read" | "review.write" | "incidents.merge" | "framework.read" | "framework.write" | "alerts.read" | "alerts.write" | "alerts.scan" | "forecasts.read" | "forecasts.write" | "watchlist.read" | "cases.read" | "cases.write" | "mechanisms.read")[];
            csrfToken: string | null;
            tokenId: string | null;
            firstRun: boolean;
        };
        ApiTokenInput: {
            /** Format: uuid */
            id: string;
            name: string;
            actions: string[] | null;
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
        };
        CheckResultInput: {
            /** @enum {string} */
            mechanism: "CCPR" | "CERD" | "CAT" | "CEDAW" | "CRPD" | "CED" | "CESCR" | "CRC";
            /** @enum {string} */
            outcome: "admissible" | "inadmissible" | "needs-information";
            conditions: {
                /** @enum {string} */
                condition: "competence" | "ratione_temporis" | "ratione_materiae" | "ratione_personae" | "victim_status" | "anonymity" | "non_exhaustion" | "same_matter" | "time_limit" | "abuse_of_right";
                /** @enum {string} */
                status: "met" | "not-met" | "needs-information" | "not-applicable";
                reason: string;
                rule: string;
            }[];
            deadlines: {
                what: string;
                date: string;
                rule: string;
                /** @description The earliest it could be: a date it runs from is known only to the month or year */
                conservative?: boolean;
                note?: string;
            }[];
        };
        MechanismsInput: {
            treatyBodies: {
                /** @enum {string} */
                code: "CCPR" | "CERD" | "CAT" | "CEDAW" | "CRPD" | "CED" | "CESCR" | "CRC";
                /** @constant */
                kind: "treaty-body";
                name: string;
                treaty: string;
                instrument: string;
                entryIntoForce: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                    months: number;
                    days: number;
                };
                conditions: {
                    [key: string]: {
                        text: string;
                        /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                        rule: string;
                        source: string;
                        url?: string | null;
                        /** @description The day the rule was read in its source */
                        asOf: string;
                        commencedOnly?: boolean;
                        domesticDecisionsCount?: boolean;
                        /** @enum {string} */
                        bar?: "none" | "being-examined" | "has-been-or-is-being-examined" | "being-examined-same-nature";
                        months?: number | null;
                        excuse?: string | null;
                        unreasonableDelayMonths?: number | null;
                        delay?: {
                            monthsAfterExhaustion: number;
                            monthsAfterOtherProcedure: number;
                            receivedFrom: string;
                        } | null;
                    };
                };
                interimMeasures: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                };
            }[];
            others: {
                code: string;
                /** @enum {string} */
                kind: "treaty-body" | "special-procedure" | "early-warning" | "upr" | "recipient" | "not-in-force";
                name: string;
                openness: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                };
                contents: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                }[];
                indicators: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                }[];
                limits: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                    words: number | null;
                    who: string | null;
                }[];
            }[];
        };
        /** @description Facts for the admissibility check (issue 18 §3); unknown fields are ignored */
        CheckFactsInput: {
            /** @enum {string} */
            mechanism: "CCPR" | "CERD" | "CAT" | "CEDAW" | "CRPD" | "CED" | "CESCR" | "CRC";
            state: string;
            submissionDate?: string | null;
            violation?: {
                start?: string | null;
                end?: string | null;
                continuing?: boolean | null;
            } | null;
            finalDomesticDecision?: string | null;
            finalDecisionNotified?: string | null;
            remedies?: {
                body?: string | null;
                filed?: string | null;
                decided?: string | null;
                outcome?: string | null;
                final?: boolean | null;
            }[] | null;
            remediesException?: ("unavailable" | "ineffective" | "prolonged") | null;
            otherProcedure?: {
                body?: string | null;
                submitted?: string | null;
                decided?: string | null;
                status?: ("pending" | "decided") | null;
                examinedMerits?: boolean | null;
            } | null;
            authorIsVictim?: boolean | null;
            authorAnonymous?: boolean | null;
            actingForVictim?: {
                consent?: boolean | null;
                justification?: string | null;
            } | null;
            delayJustification?: string | null;
            exceptionalCircumstances?: string | null;
            claimCompatible?: boolean | null;
            victimUnderJurisdiction?: boolean | null;
            acceptance?: {
                inForce?: string | null;
                deposited?: string | null;
                withdrawn?: string | null;
                reservations?: string[] | null;
            } | null;
        };
        Person: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            number: number;
            /** @description How to name the person without identifying them: "Victim 3" */
            pseudonym: string;
            /** @enum {string} */
            role: "victim" | "witness" | "victim-witness";
            sex: ("female" | "male" | "other" | "unknown") | null;
            age: number | null;
            actIds: string[];
            sourceIds: string[];
            consent: {
                /** @enum {string} */
                status: "none" | "given" | "withdrawn";
                scope: ("record-only" | "share-un" | "publish") | null;
                givenOn: string | null;
                recordedBy: string | null;
                recordedAt: string | null;
                withdrawnOn: string | null;
                withdrawnBy: string | null;
            };
            /** @description The identifying fields; null unless the caller may see identities (persons.read-identity) */
            identity: {
                name: string;
                aliases: string[];
                dateOfBirth: string | null;
                contacts: string[];
                address: string;
                photos: string[];
                notes: string;
            } | null;
            version: number;
            createdAt: string;
            createdBy: string;
            updatedAt: string;
            updatedBy: string;
        };
        /** @description RFC 9457 problem details; errors names each invalid field */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            errors?: {
                /** @description Path of the field, e.g. acts.0.violationType */
                field: string;
                /**
                 * @description What is wrong, as a stable code to translate or branch on
                 * @enum {string}
                 */
                code: "required" | "invalid-type" | "not-integer" | "too-long" | "too-large" | "too-small" | "too-many" | "too-few" | "invalid-enum" | "invalid-uuid" | "invalid-url" | "invalid-date" | "invalid-day" | "date-in-future" | "end-before-start" | "unknown-code" | "not-found" | "place-in-other-country" | "coordinates-together" | "duplicate" | "self-link" | "belongs-elsewhere" | "already-deleted" | "not-deleted" | "stale-version" | "invalid-cursor" | "invalid-json" | "invalid-character" | "file-empty" | "file-too-large" | "media-type-refused" | "unsupported-media-type" | "ambiguous-name" | "above-clearance" | "not-in-team" | "withheld" | "invalid";
                /** @description The same in English, for people reading a script */
                message: string;
                /** @description Values for the message: maximum, minimum, vocabulary, value, entity, id, options, … */
                params?: {
                    [key: string]: string | number | string[];
                };
                /** @enum {string} */
                in: "body" | "query" | "path" | "header";
                pointer: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        User: {
            /** Format: uuid */
            id: string;
            login: string;
            displayName: string;
            /** @enum {string} */
            role: "administrator" | "editor" | "analyst" | "lawyer" | "viewer";
            /** @enum {string} */
            clearance: "public" | "internal" | "confidential" | "strictly-confidential";
            teams: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            disabled: boolean;
            totpEnabled: boolean;
            createdAt: string;
            updatedAt: string;
        };
        Team: {
            /** Format: uuid */
            id: string;
            name: string;
            members: number;
        };
        TeamName: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SessionInfo: {
            /** @enum {string} */
            mode: "local" | "accounts";
            user: components["schemas"]["User"] | null;
            /** @enum {string} */
            role: "administrator" | "editor" | "analyst" | "lawyer" | "viewer" | "public";
            permissions: ("incidents.read" | "incidents.write" | "incidents.delete" | "registry.read" | "registry.write" | "sources.read" | "regions.merge" | "evidence.read" | "evidence.write" | "audit.read" | "audit.verify" | "persons.read" | "persons.read-identity" | "persons.write" | "persons.keys" | "users.manage" | "teams.read" | "account.manage" | "records.purge" | "backup.run" | "taxonomies.read" | "imports.read" | "imports.write" | "exports.read" | "review.read" | "review.write" | "incidents.merge" | "framework.read" | "framework.write" | "alerts.read" | "alerts.write" | "alerts.scan" | "forecasts.read" | "forecasts.write" | "watchlist.read" | "cases.read" | "cases.write" | "mechanisms.read")[];
            csrfToken: string | null;
            tokenId: string | null;
            firstRun: boolean;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            actions: string[] | null;
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
        };
        CheckResult: {
            /** @enum {string} */
            mechanism: "CCPR" | "CERD" | "CAT" | "CEDAW" | "CRPD" | "CED" | "CESCR" | "CRC";
            /** @enum {string} */
            outcome: "admissible" | "inadmissible" | "needs-information";
            conditions: {
                /** @enum {string} */
                condition: "competence" | "ratione_temporis" | "ratione_materiae" | "ratione_personae" | "victim_status" | "anonymity" | "non_exhaustion" | "same_matter" | "time_limit" | "abuse_of_right";
                /** @enum {string} */
                status: "met" | "not-met" | "needs-information" | "not-applicable";
                reason: string;
                rule: string;
            }[];
            deadlines: {
                what: string;
                date: string;
                rule: string;
                /** @description The earliest it could be: a date it runs from is known only to the month or year */
                conservative?: boolean;
                note?: string;
            }[];
        };
        Mechanisms: {
            treatyBodies: {
                /** @enum {string} */
                code: "CCPR" | "CERD" | "CAT" | "CEDAW" | "CRPD" | "CED" | "CESCR" | "CRC";
                /** @constant */
                kind: "treaty-body";
                name: string;
                treaty: string;
                instrument: string;
                entryIntoForce: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                    months: number;
                    days: number;
                };
                conditions: {
                    [key: string]: {
                        text: string;
                        /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                        rule: string;
                        source: string;
                        url?: string | null;
                        /** @description The day the rule was read in its source */
                        asOf: string;
                        commencedOnly?: boolean;
                        domesticDecisionsCount?: boolean;
                        /** @enum {string} */
                        bar?: "none" | "being-examined" | "has-been-or-is-being-examined" | "being-examined-same-nature";
                        months?: number | null;
                        excuse?: string | null;
                        unreasonableDelayMonths?: number | null;
                        delay?: {
                            monthsAfterExhaustion: number;
                            monthsAfterOtherProcedure: number;
                            receivedFrom: string;
                        } | null;
                    };
                };
                interimMeasures: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                };
            }[];
            others: {
                code: string;
                /** @enum {string} */
                kind: "treaty-body" | "special-procedure" | "early-warning" | "upr" | "recipient" | "not-in-force";
                name: string;
                openness: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                };
                contents: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                }[];
                indicators: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                }[];
                limits: {
                    text: string;
                    /** @description Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)" */
                    rule: string;
                    source: string;
                    url?: string | null;
                    /** @description The day the rule was read in its source */
                    asOf: string;
                    words: number | null;
                    who: string | null;
                }[];
            }[];
        };
        /** @description Facts for the admissibility check (issue 18 §3); unknown fields are ignored */
        CheckFacts: {
            /** @enum {string} */
            mechanism: "CCPR" | "CERD" | "CAT" | "CEDAW" | "CRPD" | "CED" | "CESCR" | "CRC";
            state: string;
            submissionDate: unknown;
            violation: unknown;
            finalDomesticDecision: unknown;
            finalDecisionNotified: unknown;
            remedies: unknown;
            remediesException: unknown;
            otherProcedure: unknown;
            authorIsVictim: unknown;
            authorAnonymous: unknown;
            actingForVictim: unknown;
            delayJustification: unknown;
            exceptionalCircumstances: unknown;
            claimCompatible?: boolean | null;
            victimUnderJurisdiction?: boolean | null;
            acceptance: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        version: string;
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
        };
    };
    listTaxonomies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            name: "pyramid-levels" | "violation-types" | "identity-bases" | "actor-kinds" | "involvement-degrees" | "verification-statuses" | "source-reliability" | "information-credibility" | "confidentiality-levels" | "monitoring-statuses" | "source-connections" | "material-types" | "location-precisions" | "counting-units" | "incident-link-kinds" | "countries";
                            title: string;
                            version: number;
                            terms: number;
                            /** @description Languages every label is given in (English always) */
                            languages: string[];
                        }[];
                    };
                };
            };
        };
    };
    getTaxonomy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        terms: ({
                            code: string;
                            /** @description By language tag; English always */
                            label: {
                                en: string;
                            } & {
                                [key: string]: string;
                            };
                            /** @description By language tag; English always */
                            definition?: {
                                en: string;
                            } & {
                                [key: string]: string;
                            };
                            parent?: string;
                            pyramidLevel?: number;
                            provisions?: {
                                /** @enum {string} */
                                instrument: "UDHR" | "ICCPR" | "ICESCR" | "ICERD" | "CEDAW" | "CAT" | "CRC" | "CRPD" | "ICPPED" | "GENOCIDE" | "ROME";
                                article: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                /** @description Words in the name (or an alias) */
                q?: string;
                /** @description ISO 3166-1 alpha-3 country code */
                country?: string;
                /** @description basis for groups, kind for actors and sources */
                kind?: string;
                /** @description Sources only: the reliability grade, A–F */
                reliability?: string;
                includeDeleted?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description ISO 3166-1 alpha-3 country code
                     * @example XVR
                     */
                    country: string;
                    admin1?: string | null;
                    admin2?: string | null;
                    latitude?: number | null;
                    longitude?: number | null;
                    /**
                     * @description A code of the location-precisions taxonomy (GET /api/taxonomies/location-precisions)
                     * @default exact
                     */
                    locationPrecision?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        country: string;
                        admin1: string | null;
                        admin2: string | null;
                        latitude: number | null;
                        longitude: number | null;
                        locationPrecision: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        country: string;
                        admin1: string | null;
                        admin2: string | null;
                        latitude: number | null;
                        longitude: number | null;
                        locationPrecision: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name: string;
                    /**
                     * @description ISO 3166-1 alpha-3 country code
                     * @example XVR
                     */
                    country: string;
                    admin1?: string | null;
                    admin2?: string | null;
                    latitude?: number | null;
                    longitude?: number | null;
                    /**
                     * @description A code of the location-precisions taxonomy (GET /api/taxonomies/location-precisions)
                     * @default exact
                     */
                    locationPrecision?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        country: string;
                        admin1: string | null;
                        admin2: string | null;
                        latitude: number | null;
                        longitude: number | null;
                        locationPrecision: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePlace: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        country: string;
                        admin1: string | null;
                        admin2: string | null;
                        latitude: number | null;
                        longitude: number | null;
                        locationPrecision: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restorePlace: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        country: string;
                        admin1: string | null;
                        admin2: string | null;
                        latitude: number | null;
                        longitude: number | null;
                        locationPrecision: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Words in the name (or an alias) */
                q?: string;
                /** @description ISO 3166-1 alpha-3 country code */
                country?: string;
                /** @description basis for groups, kind for actors and sources */
                kind?: string;
                /** @description Sources only: the reliability grade, A–F */
                reliability?: string;
                includeDeleted?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            basis: string;
                            aliases: string[];
                            country: string | null;
                            description: string;
                            countingUnit: string;
                            sizeEstimate: number | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description A code of the identity-bases taxonomy (GET /api/taxonomies/identity-bases) */
                    basis: string;
                    /** @default [] */
                    aliases?: string[];
                    country?: string | null;
                    /** @default  */
                    description?: string;
                    /**
                     * @description A code of the counting-units taxonomy (GET /api/taxonomies/counting-units)
                     * @default people-in-general
                     */
                    countingUnit?: string;
                    sizeEstimate?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        basis: string;
                        aliases: string[];
                        country: string | null;
                        description: string;
                        countingUnit: string;
                        sizeEstimate: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        basis: string;
                        aliases: string[];
                        country: string | null;
                        description: string;
                        countingUnit: string;
                        sizeEstimate: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name: string;
                    /** @description A code of the identity-bases taxonomy (GET /api/taxonomies/identity-bases) */
                    basis: string;
                    /** @default [] */
                    aliases?: string[];
                    country?: string | null;
                    /** @default  */
                    description?: string;
                    /**
                     * @description A code of the counting-units taxonomy (GET /api/taxonomies/counting-units)
                     * @default people-in-general
                     */
                    countingUnit?: string;
                    sizeEstimate?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        basis: string;
                        aliases: string[];
                        country: string | null;
                        description: string;
                        countingUnit: string;
                        sizeEstimate: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        basis: string;
                        aliases: string[];
                        country: string | null;
                        description: string;
                        countingUnit: string;
                        sizeEstimate: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreGroup: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        basis: string;
                        aliases: string[];
                        country: string | null;
                        description: string;
                        countingUnit: string;
                        sizeEstimate: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Words in the name (or an alias) */
                q?: string;
                /** @description ISO 3166-1 alpha-3 country code */
                country?: string;
                /** @description basis for groups, kind for actors and sources */
                kind?: string;
                /** @description Sources only: the reliability grade, A–F */
                reliability?: string;
                includeDeleted?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            kind: string;
                            country: string | null;
                            description: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description A code of the actor-kinds taxonomy (GET /api/taxonomies/actor-kinds) */
                    kind: string;
                    country?: string | null;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        country: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        country: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name: string;
                    /** @description A code of the actor-kinds taxonomy (GET /api/taxonomies/actor-kinds) */
                    kind: string;
                    country?: string | null;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        country: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteActor: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        country: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreActor: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        country: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Words in the name (or an alias) */
                q?: string;
                /** @description ISO 3166-1 alpha-3 country code */
                country?: string;
                /** @description basis for groups, kind for actors and sources */
                kind?: string;
                /** @description Sources only: the reliability grade, A–F */
                reliability?: string;
                includeDeleted?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            kind: string;
                            reliability: string;
                            url: string | null;
                            description: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description e.g. ngo, media, un, government, individual
                     * @default other
                     */
                    kind?: string;
                    /**
                     * @description A code of the source-reliability taxonomy (GET /api/taxonomies/source-reliability)
                     * @default F
                     */
                    reliability?: string;
                    /** @description An http(s) address */
                    url?: string | null;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        reliability: string;
                        url: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        reliability: string;
                        url: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name: string;
                    /**
                     * @description e.g. ngo, media, un, government, individual
                     * @default other
                     */
                    kind?: string;
                    /**
                     * @description A code of the source-reliability taxonomy (GET /api/taxonomies/source-reliability)
                     * @default F
                     */
                    reliability?: string;
                    /** @description An http(s) address */
                    url?: string | null;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        reliability: string;
                        url: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        reliability: string;
                        url: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreSource: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        deletedAt: string | null;
                        name: string;
                        kind: string;
                        reliability: string;
                        url: string | null;
                        description: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query: {
                /** @description ISO 3166-1 alpha-3 country code */
                country: string;
                /** @description Part of the name, any case or spacing */
                q?: string;
                level?: "admin1" | "admin2";
                /** @description Only the admin2 regions of this admin1 */
                admin1?: string;
                /** @description Include each boundary (GeoJSON) */
                boundaries?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            country: string;
                            /** @enum {string} */
                            level: "admin1" | "admin2";
                            name: string;
                            parentId: string | null;
                            parentName: string | null;
                            aliases: string[];
                            centroid: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            hasBoundary: boolean;
                            boundary?: ({
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: [
                                    number,
                                    number
                                ][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: [
                                    number,
                                    number
                                ][][][];
                            }) | null;
                            places: number;
                            incidents: number;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegionAt: {
        parameters: {
            query: {
                /** @description ISO 3166-1 alpha-3 country code */
                country: string;
                lon: number;
                lat: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        admin1: string | null;
                        admin2: string | null;
                        regionId: string | null;
                        matchedBy: ("boundary" | "nearest-place") | null;
                        nearestPlace: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            distanceKm: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description ISO 3166-1 alpha-3 country code
                     * @example XVR
                     */
                    country: string;
                    /**
                     * @default admin1
                     * @enum {string}
                     */
                    level?: "admin1" | "admin2";
                    /** @description The spelling to merge away (matched ignoring case and spacing) */
                    from: string;
                    /** @description The region to keep; the same region with another case or spacing respells it */
                    into: string;
                    /** @description For admin2: the admin1 both lie in */
                    admin1?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        into: {
                            /** Format: uuid */
                            id: string;
                            country: string;
                            /** @enum {string} */
                            level: "admin1" | "admin2";
                            name: string;
                            parentId: string | null;
                            parentName: string | null;
                            aliases: string[];
                            centroid: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            hasBoundary: boolean;
                            boundary?: ({
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: [
                                    number,
                                    number
                                ][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: [
                                    number,
                                    number
                                ][][][];
                            }) | null;
                            places: number;
                            incidents: number;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                        from: string;
                        places: number;
                        incidents: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                /** @description Default: date:desc (newest first), a text search too; relevance ranks the newest 1,000 matches of a text search */
                sort?: "date:desc" | "date:asc" | "level:desc" | "updated:desc" | "relevance";
                limit?: number;
                cursor?: string;
                /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                q?: string;
                /** @description Only these incidents (for a page that names several linked incidents at once) */
                id?: string[];
                country?: string[];
                admin1?: string[];
                /** @description Targeted group ids */
                group?: string[];
                basis?: string[];
                /** @description Violation type codes */
                type?: string[];
                perpetrator?: string[];
                /** @description Source ids: incidents whose sources' information names one of them */
                source?: string[];
                /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                team?: string[];
                /** @description Pyramid levels */
                level?: number[];
                verification?: string[];
                confidentiality?: string[];
                /** @description Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03) */
                from?: string;
                /** @description Incidents whose dated range overlaps the period: it begins on or before the last day of this date */
                to?: string;
                deleted?: "exclude" | "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            title: string;
                            startDate: string;
                            /** @enum {string} */
                            startPrecision: "day" | "month" | "year";
                            endDate: string | null;
                            country: string;
                            admin1: string | null;
                            placeId: string | null;
                            pyramidLevel: number;
                            verificationStatus: string;
                            confidentiality: string;
                            teams: string[];
                            victims: {
                                killed: number;
                                injured: number;
                                detained: number;
                                disappeared: number;
                                displaced: number;
                                affected: number;
                            };
                            violationTypes: string[];
                            targetedGroupIds: string[];
                            perpetratorIds: string[];
                            updatedAt: string;
                            deletedAt: string | null;
                        }[];
                        /** @description How many incidents match; with `totalIsLowerBound`, at least this many */
                        total: number;
                        /** @description Without a text search the total is exact and agrees with /api/stats. A text search (`q`) does not count its matches when its page cannot tell them: a full first page, or a later page, answers `totalIsLowerBound: true` with `total` the rows it saw — ask GET /api/incidents/count for the count. Sorted by relevance, a search ranks its 1,000 newest matches (all of them when fewer) and its total is their number ("1,000+" when it reached the cap). */
                        totalIsLowerBound: boolean;
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default  */
                    narrative?: string;
                    /**
                     * @description Day, month or year precision, taken from the form: 2023-05-14, 2023-05 or 2023
                     * @example 2023-05
                     */
                    startDate: string;
                    endDate?: string | null;
                    /** @default false */
                    dateEstimated?: boolean;
                    /** @description When the incident was reported (to the day), kept apart from when it happened */
                    reportDate?: string | null;
                    /** @description Required unless placeId is given; taken from the place otherwise */
                    country?: string | null;
                    admin1?: string | null;
                    placeId?: string | null;
                    acts: {
                        /**
                         * Format: uuid
                         * @description The act's id as read: it is updated in place. Without it the act is new; acts of the incident left out are deleted
                         */
                        id?: string;
                        /** @description A code of the violation-types taxonomy (GET /api/taxonomies/violation-types) */
                        violationType: string;
                        /** @description The identity group targeted; null when the victim is not a group on record */
                        groupId?: string | null;
                        /** @description Why the victim was targeted; defaults to the group's basis */
                        identityBasis?: string | null;
                        /**
                         * @default {
                         *       "killed": 0,
                         *       "injured": 0,
                         *       "detained": 0,
                         *       "disappeared": 0,
                         *       "displaced": 0,
                         *       "affected": 0
                         *     }
                         */
                        victims?: {
                            /** @default 0 */
                            killed?: number;
                            /** @default 0 */
                            injured?: number;
                            /** @default 0 */
                            detained?: number;
                            /** @default 0 */
                            disappeared?: number;
                            /** @default 0 */
                            displaced?: number;
                            /**
                             * @description otherwise affected
                             * @default 0
                             */
                            affected?: number;
                        };
                        /** @default [] */
                        perpetrators?: {
                            /**
                             * @description A record id, or `new:<key>` for a record created in the same request (see `newRecords`)
                             * @example new:g1
                             */
                            actorId: string;
                            /**
                             * @description A code of the involvement-degrees taxonomy (GET /api/taxonomies/involvement-degrees)
                             * @default carried-out
                             */
                            involvement?: string;
                        }[];
                    }[];
                    pyramidLevelOverride?: {
                        level: number;
                        reason: string;
                    } | null;
                    /**
                     * @description A code of the verification-statuses taxonomy (GET /api/taxonomies/verification-statuses)
                     * @default not-yet-verified
                     */
                    verificationStatus?: string;
                    /**
                     * @description A code of the confidentiality-levels taxonomy (GET /api/taxonomies/confidentiality-levels)
                     * @default internal
                     */
                    confidentiality?: string;
                    /** @description Team ids the incident is restricted to: only their members (and administrators) read it. Empty: the confidentiality level alone decides. Left out: none on a new incident, kept as stored on an update */
                    teams?: string[];
                    /** @description Fields withheld from readers whose clearance is below the level given. Left out of an update: kept as stored (a save by someone who cannot see them never erases them) */
                    withhold?: {
                        /** @description Below this level: no place id or coordinates (country and admin1 stay) */
                        place?: string | null;
                        /** @description Below this level: dates shown to the month; no report date */
                        date?: string | null;
                        /** @description Below this level: no sources' information */
                        reporter?: string | null;
                    };
                    /**
                     * @description A code of the monitoring-statuses taxonomy (GET /api/taxonomies/monitoring-statuses)
                     * @default open
                     */
                    monitoringStatus?: string;
                    /** @default [] */
                    sources?: {
                        /**
                         * @description A record id, or `new:<key>` for a record created in the same request (see `newRecords`)
                         * @example new:g1
                         */
                        sourceId: string;
                        /** @description A code of the source-connections taxonomy (GET /api/taxonomies/source-connections) */
                        connection: string;
                        /** @description A code of the material-types taxonomy (GET /api/taxonomies/material-types) */
                        materialType: string;
                        informationDate?: string | null;
                        /** @description Credibility of this information, 1 (confirmed) to 6 (cannot be judged) */
                        credibility: number;
                        /** @default  */
                        note?: string;
                    }[];
                    /** @default [] */
                    evidenceIds?: string[];
                    /** @default [] */
                    links?: {
                        /** Format: uuid */
                        incidentId: string;
                        /** @description A code of the incident-link-kinds taxonomy (GET /api/taxonomies/incident-link-kinds) */
                        kind: string;
                        /** @default  */
                        note?: string;
                    }[];
                    /** @description Places, groups, actors and sources to create first, in the same transaction; reference them as `new:<key>` */
                    newRecords?: {
                        /** @default [] */
                        places?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /**
                             * @description ISO 3166-1 alpha-3 country code
                             * @example XVR
                             */
                            country: string;
                            admin1?: string | null;
                            admin2?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            /**
                             * @description A code of the location-precisions taxonomy (GET /api/taxonomies/location-precisions)
                             * @default exact
                             */
                            locationPrecision?: string;
                        }[];
                        /** @default [] */
                        groups?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /** @description A code of the identity-bases taxonomy (GET /api/taxonomies/identity-bases) */
                            basis: string;
                            /** @default [] */
                            aliases?: string[];
                            country?: string | null;
                            /** @default  */
                            description?: string;
                            /**
                             * @description A code of the counting-units taxonomy (GET /api/taxonomies/counting-units)
                             * @default people-in-general
                             */
                            countingUnit?: string;
                            sizeEstimate?: number | null;
                        }[];
                        /** @default [] */
                        actors?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /** @description A code of the actor-kinds taxonomy (GET /api/taxonomies/actor-kinds) */
                            kind: string;
                            country?: string | null;
                            /** @default  */
                            description?: string;
                        }[];
                        /** @default [] */
                        sources?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /**
                             * @description e.g. ngo, media, un, government, individual
                             * @default other
                             */
                            kind?: string;
                            /**
                             * @description A code of the source-reliability taxonomy (GET /api/taxonomies/source-reliability)
                             * @default F
                             */
                            reliability?: string;
                            /** @description An http(s) address */
                            url?: string | null;
                            /** @default  */
                            description?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        narrative: string;
                        startDate: string;
                        /** @enum {string} */
                        startPrecision: "day" | "month" | "year";
                        endDate: string | null;
                        endPrecision: ("day" | "month" | "year") | null;
                        dateEstimated: boolean;
                        reportDate: string | null;
                        country: string;
                        admin1: string | null;
                        placeId: string | null;
                        place: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        } | null;
                        pyramidLevel: number;
                        derivedPyramidLevel: number;
                        pyramidLevelOverride: {
                            level: number;
                            reason: string;
                        } | null;
                        verificationStatus: string;
                        confidentiality: string;
                        teams: string[];
                        withhold: {
                            place: string | null;
                            date: string | null;
                            reporter: string | null;
                        };
                        /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                        withheld: ("place" | "date" | "reporter")[];
                        monitoringStatus: string;
                        victims: {
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                        violationTypes: string[];
                        targetedGroupIds: string[];
                        identityBases: string[];
                        perpetratorIds: string[];
                        acts: {
                            /** Format: uuid */
                            id: string;
                            violationType: string;
                            pyramidLevel: number;
                            groupId: string | null;
                            identityBasis: string | null;
                            victims: {
                                /** @default 0 */
                                killed: number;
                                /** @default 0 */
                                injured: number;
                                /** @default 0 */
                                detained: number;
                                /** @default 0 */
                                disappeared: number;
                                /** @default 0 */
                                displaced: number;
                                /**
                                 * @description otherwise affected
                                 * @default 0
                                 */
                                affected: number;
                            };
                            perpetrators: {
                                /** Format: uuid */
                                actorId: string;
                                involvement: string;
                            }[];
                        }[];
                        sources: {
                            /** Format: uuid */
                            sourceId: string;
                            connection: string;
                            materialType: string;
                            informationDate: string | null;
                            credibility: number;
                            note: string;
                        }[];
                        evidenceIds: string[];
                        links: {
                            /** Format: uuid */
                            incidentId: string;
                            kind: string;
                            note: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                        deletedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countIncidents: {
        parameters: {
            query?: {
                /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                q?: string;
                /** @description Only these incidents (for a page that names several linked incidents at once) */
                id?: string[];
                country?: string[];
                admin1?: string[];
                /** @description Targeted group ids */
                group?: string[];
                basis?: string[];
                /** @description Violation type codes */
                type?: string[];
                perpetrator?: string[];
                /** @description Source ids: incidents whose sources' information names one of them */
                source?: string[];
                /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                team?: string[];
                /** @description Pyramid levels */
                level?: number[];
                verification?: string[];
                confidentiality?: string[];
                /** @description Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03) */
                from?: string;
                /** @description Incidents whose dated range overlaps the period: it begins on or before the last day of this date */
                to?: string;
                deleted?: "exclude" | "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        totalIsLowerBound: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        narrative: string;
                        startDate: string;
                        /** @enum {string} */
                        startPrecision: "day" | "month" | "year";
                        endDate: string | null;
                        endPrecision: ("day" | "month" | "year") | null;
                        dateEstimated: boolean;
                        reportDate: string | null;
                        country: string;
                        admin1: string | null;
                        placeId: string | null;
                        place: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        } | null;
                        pyramidLevel: number;
                        derivedPyramidLevel: number;
                        pyramidLevelOverride: {
                            level: number;
                            reason: string;
                        } | null;
                        verificationStatus: string;
                        confidentiality: string;
                        teams: string[];
                        withhold: {
                            place: string | null;
                            date: string | null;
                            reporter: string | null;
                        };
                        /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                        withheld: ("place" | "date" | "reporter")[];
                        monitoringStatus: string;
                        victims: {
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                        violationTypes: string[];
                        targetedGroupIds: string[];
                        identityBases: string[];
                        perpetratorIds: string[];
                        acts: {
                            /** Format: uuid */
                            id: string;
                            violationType: string;
                            pyramidLevel: number;
                            groupId: string | null;
                            identityBasis: string | null;
                            victims: {
                                /** @default 0 */
                                killed: number;
                                /** @default 0 */
                                injured: number;
                                /** @default 0 */
                                detained: number;
                                /** @default 0 */
                                disappeared: number;
                                /** @default 0 */
                                displaced: number;
                                /**
                                 * @description otherwise affected
                                 * @default 0
                                 */
                                affected: number;
                            };
                            perpetrators: {
                                /** Format: uuid */
                                actorId: string;
                                involvement: string;
                            }[];
                        }[];
                        sources: {
                            /** Format: uuid */
                            sourceId: string;
                            connection: string;
                            materialType: string;
                            informationDate: string | null;
                            credibility: number;
                            note: string;
                        }[];
                        evidenceIds: string[];
                        links: {
                            /** Format: uuid */
                            incidentId: string;
                            kind: string;
                            note: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                        deletedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read (and edited) */
                    version: number;
                    /**
                     * @description When the version is stale: merge your changes with those saved meanwhile (three-way, against the version you read). No conflict: saved, 200 with `merged`. Conflicts: 409 with `merge` (the merged document and each conflict); nothing is saved
                     * @default false
                     */
                    merge?: boolean;
                    /** @description Send with a merge you resolved (the 409's `merge.merged` with each conflict decided, `version` = its `theirsVersion`): the base version it was merged from; the save is audited as incident.merge */
                    resolvedMergeOf?: number;
                    title: string;
                    /** @default  */
                    narrative?: string;
                    /**
                     * @description Day, month or year precision, taken from the form: 2023-05-14, 2023-05 or 2023
                     * @example 2023-05
                     */
                    startDate: string;
                    endDate?: string | null;
                    /** @default false */
                    dateEstimated?: boolean;
                    /** @description When the incident was reported (to the day), kept apart from when it happened */
                    reportDate?: string | null;
                    /** @description Required unless placeId is given; taken from the place otherwise */
                    country?: string | null;
                    admin1?: string | null;
                    placeId?: string | null;
                    acts: {
                        /**
                         * Format: uuid
                         * @description The act's id as read: it is updated in place. Without it the act is new; acts of the incident left out are deleted
                         */
                        id?: string;
                        /** @description A code of the violation-types taxonomy (GET /api/taxonomies/violation-types) */
                        violationType: string;
                        /** @description The identity group targeted; null when the victim is not a group on record */
                        groupId?: string | null;
                        /** @description Why the victim was targeted; defaults to the group's basis */
                        identityBasis?: string | null;
                        /**
                         * @default {
                         *       "killed": 0,
                         *       "injured": 0,
                         *       "detained": 0,
                         *       "disappeared": 0,
                         *       "displaced": 0,
                         *       "affected": 0
                         *     }
                         */
                        victims?: {
                            /** @default 0 */
                            killed?: number;
                            /** @default 0 */
                            injured?: number;
                            /** @default 0 */
                            detained?: number;
                            /** @default 0 */
                            disappeared?: number;
                            /** @default 0 */
                            displaced?: number;
                            /**
                             * @description otherwise affected
                             * @default 0
                             */
                            affected?: number;
                        };
                        /** @default [] */
                        perpetrators?: {
                            /**
                             * @description A record id, or `new:<key>` for a record created in the same request (see `newRecords`)
                             * @example new:g1
                             */
                            actorId: string;
                            /**
                             * @description A code of the involvement-degrees taxonomy (GET /api/taxonomies/involvement-degrees)
                             * @default carried-out
                             */
                            involvement?: string;
                        }[];
                    }[];
                    pyramidLevelOverride?: {
                        level: number;
                        reason: string;
                    } | null;
                    /**
                     * @description A code of the verification-statuses taxonomy (GET /api/taxonomies/verification-statuses)
                     * @default not-yet-verified
                     */
                    verificationStatus?: string;
                    /**
                     * @description A code of the confidentiality-levels taxonomy (GET /api/taxonomies/confidentiality-levels)
                     * @default internal
                     */
                    confidentiality?: string;
                    /** @description Team ids the incident is restricted to: only their members (and administrators) read it. Empty: the confidentiality level alone decides. Left out: none on a new incident, kept as stored on an update */
                    teams?: string[];
                    /** @description Fields withheld from readers whose clearance is below the level given. Left out of an update: kept as stored (a save by someone who cannot see them never erases them) */
                    withhold?: {
                        /** @description Below this level: no place id or coordinates (country and admin1 stay) */
                        place?: string | null;
                        /** @description Below this level: dates shown to the month; no report date */
                        date?: string | null;
                        /** @description Below this level: no sources' information */
                        reporter?: string | null;
                    };
                    /**
                     * @description A code of the monitoring-statuses taxonomy (GET /api/taxonomies/monitoring-statuses)
                     * @default open
                     */
                    monitoringStatus?: string;
                    /** @default [] */
                    sources?: {
                        /**
                         * @description A record id, or `new:<key>` for a record created in the same request (see `newRecords`)
                         * @example new:g1
                         */
                        sourceId: string;
                        /** @description A code of the source-connections taxonomy (GET /api/taxonomies/source-connections) */
                        connection: string;
                        /** @description A code of the material-types taxonomy (GET /api/taxonomies/material-types) */
                        materialType: string;
                        informationDate?: string | null;
                        /** @description Credibility of this information, 1 (confirmed) to 6 (cannot be judged) */
                        credibility: number;
                        /** @default  */
                        note?: string;
                    }[];
                    /** @default [] */
                    evidenceIds?: string[];
                    /** @default [] */
                    links?: {
                        /** Format: uuid */
                        incidentId: string;
                        /** @description A code of the incident-link-kinds taxonomy (GET /api/taxonomies/incident-link-kinds) */
                        kind: string;
                        /** @default  */
                        note?: string;
                    }[];
                    /** @description Places, groups, actors and sources to create first, in the same transaction; reference them as `new:<key>` */
                    newRecords?: {
                        /** @default [] */
                        places?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /**
                             * @description ISO 3166-1 alpha-3 country code
                             * @example XVR
                             */
                            country: string;
                            admin1?: string | null;
                            admin2?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            /**
                             * @description A code of the location-precisions taxonomy (GET /api/taxonomies/location-precisions)
                             * @default exact
                             */
                            locationPrecision?: string;
                        }[];
                        /** @default [] */
                        groups?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /** @description A code of the identity-bases taxonomy (GET /api/taxonomies/identity-bases) */
                            basis: string;
                            /** @default [] */
                            aliases?: string[];
                            country?: string | null;
                            /** @default  */
                            description?: string;
                            /**
                             * @description A code of the counting-units taxonomy (GET /api/taxonomies/counting-units)
                             * @default people-in-general
                             */
                            countingUnit?: string;
                            sizeEstimate?: number | null;
                        }[];
                        /** @default [] */
                        actors?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /** @description A code of the actor-kinds taxonomy (GET /api/taxonomies/actor-kinds) */
                            kind: string;
                            country?: string | null;
                            /** @default  */
                            description?: string;
                        }[];
                        /** @default [] */
                        sources?: {
                            /** @description Referenced as `new:<key>` */
                            key: string;
                            name: string;
                            /**
                             * @description e.g. ngo, media, un, government, individual
                             * @default other
                             */
                            kind?: string;
                            /**
                             * @description A code of the source-reliability taxonomy (GET /api/taxonomies/source-reliability)
                             * @default F
                             */
                            reliability?: string;
                            /** @description An http(s) address */
                            url?: string | null;
                            /** @default  */
                            description?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        narrative: string;
                        startDate: string;
                        /** @enum {string} */
                        startPrecision: "day" | "month" | "year";
                        endDate: string | null;
                        endPrecision: ("day" | "month" | "year") | null;
                        dateEstimated: boolean;
                        reportDate: string | null;
                        country: string;
                        admin1: string | null;
                        placeId: string | null;
                        place: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        } | null;
                        pyramidLevel: number;
                        derivedPyramidLevel: number;
                        pyramidLevelOverride: {
                            level: number;
                            reason: string;
                        } | null;
                        verificationStatus: string;
                        confidentiality: string;
                        teams: string[];
                        withhold: {
                            place: string | null;
                            date: string | null;
                            reporter: string | null;
                        };
                        /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                        withheld: ("place" | "date" | "reporter")[];
                        monitoringStatus: string;
                        victims: {
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                        violationTypes: string[];
                        targetedGroupIds: string[];
                        identityBases: string[];
                        perpetratorIds: string[];
                        acts: {
                            /** Format: uuid */
                            id: string;
                            violationType: string;
                            pyramidLevel: number;
                            groupId: string | null;
                            identityBasis: string | null;
                            victims: {
                                /** @default 0 */
                                killed: number;
                                /** @default 0 */
                                injured: number;
                                /** @default 0 */
                                detained: number;
                                /** @default 0 */
                                disappeared: number;
                                /** @default 0 */
                                displaced: number;
                                /**
                                 * @description otherwise affected
                                 * @default 0
                                 */
                                affected: number;
                            };
                            perpetrators: {
                                /** Format: uuid */
                                actorId: string;
                                involvement: string;
                            }[];
                        }[];
                        sources: {
                            /** Format: uuid */
                            sourceId: string;
                            connection: string;
                            materialType: string;
                            informationDate: string | null;
                            credibility: number;
                            note: string;
                        }[];
                        evidenceIds: string[];
                        links: {
                            /** Format: uuid */
                            incidentId: string;
                            kind: string;
                            note: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                        deletedAt: string | null;
                        merged?: {
                            baseVersion: number;
                            theirsVersion: number;
                            /** @description Paths whose value came from the version saved meanwhile: narrative, acts.<actId>.victims.killed, sources.<sourceId>.credibility… */
                            fromTheirs: string[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncident: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        narrative: string;
                        startDate: string;
                        /** @enum {string} */
                        startPrecision: "day" | "month" | "year";
                        endDate: string | null;
                        endPrecision: ("day" | "month" | "year") | null;
                        dateEstimated: boolean;
                        reportDate: string | null;
                        country: string;
                        admin1: string | null;
                        placeId: string | null;
                        place: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        } | null;
                        pyramidLevel: number;
                        derivedPyramidLevel: number;
                        pyramidLevelOverride: {
                            level: number;
                            reason: string;
                        } | null;
                        verificationStatus: string;
                        confidentiality: string;
                        teams: string[];
                        withhold: {
                            place: string | null;
                            date: string | null;
                            reporter: string | null;
                        };
                        /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                        withheld: ("place" | "date" | "reporter")[];
                        monitoringStatus: string;
                        victims: {
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                        violationTypes: string[];
                        targetedGroupIds: string[];
                        identityBases: string[];
                        perpetratorIds: string[];
                        acts: {
                            /** Format: uuid */
                            id: string;
                            violationType: string;
                            pyramidLevel: number;
                            groupId: string | null;
                            identityBasis: string | null;
                            victims: {
                                /** @default 0 */
                                killed: number;
                                /** @default 0 */
                                injured: number;
                                /** @default 0 */
                                detained: number;
                                /** @default 0 */
                                disappeared: number;
                                /** @default 0 */
                                displaced: number;
                                /**
                                 * @description otherwise affected
                                 * @default 0
                                 */
                                affected: number;
                            };
                            perpetrators: {
                                /** Format: uuid */
                                actorId: string;
                                involvement: string;
                            }[];
                        }[];
                        sources: {
                            /** Format: uuid */
                            sourceId: string;
                            connection: string;
                            materialType: string;
                            informationDate: string | null;
                            credibility: number;
                            note: string;
                        }[];
                        evidenceIds: string[];
                        links: {
                            /** Format: uuid */
                            incidentId: string;
                            kind: string;
                            note: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                        deletedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreIncident: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        narrative: string;
                        startDate: string;
                        /** @enum {string} */
                        startPrecision: "day" | "month" | "year";
                        endDate: string | null;
                        endPrecision: ("day" | "month" | "year") | null;
                        dateEstimated: boolean;
                        reportDate: string | null;
                        country: string;
                        admin1: string | null;
                        placeId: string | null;
                        place: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        } | null;
                        pyramidLevel: number;
                        derivedPyramidLevel: number;
                        pyramidLevelOverride: {
                            level: number;
                            reason: string;
                        } | null;
                        verificationStatus: string;
                        confidentiality: string;
                        teams: string[];
                        withhold: {
                            place: string | null;
                            date: string | null;
                            reporter: string | null;
                        };
                        /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                        withheld: ("place" | "date" | "reporter")[];
                        monitoringStatus: string;
                        victims: {
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                        violationTypes: string[];
                        targetedGroupIds: string[];
                        identityBases: string[];
                        perpetratorIds: string[];
                        acts: {
                            /** Format: uuid */
                            id: string;
                            violationType: string;
                            pyramidLevel: number;
                            groupId: string | null;
                            identityBasis: string | null;
                            victims: {
                                /** @default 0 */
                                killed: number;
                                /** @default 0 */
                                injured: number;
                                /** @default 0 */
                                detained: number;
                                /** @default 0 */
                                disappeared: number;
                                /** @default 0 */
                                displaced: number;
                                /**
                                 * @description otherwise affected
                                 * @default 0
                                 */
                                affected: number;
                            };
                            perpetrators: {
                                /** Format: uuid */
                                actorId: string;
                                involvement: string;
                            }[];
                        }[];
                        sources: {
                            /** Format: uuid */
                            sourceId: string;
                            connection: string;
                            materialType: string;
                            informationDate: string | null;
                            credibility: number;
                            note: string;
                        }[];
                        evidenceIds: string[];
                        links: {
                            /** Format: uuid */
                            incidentId: string;
                            kind: string;
                            note: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                        deletedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description Dimensions to count by; default month,level,group,country */
                by?: ("month" | "year" | "level" | "country" | "admin1" | "place" | "group" | "basis" | "type" | "perpetrator" | "verification")[];
                /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                q?: string;
                /** @description Only these incidents (for a page that names several linked incidents at once) */
                id?: string[];
                country?: string[];
                admin1?: string[];
                /** @description Targeted group ids */
                group?: string[];
                basis?: string[];
                /** @description Violation type codes */
                type?: string[];
                perpetrator?: string[];
                /** @description Source ids: incidents whose sources' information names one of them */
                source?: string[];
                /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                team?: string[];
                /** @description Pyramid levels */
                level?: number[];
                verification?: string[];
                confidentiality?: string[];
                /** @description Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03) */
                from?: string;
                /** @description Incidents whose dated range overlaps the period: it begins on or before the last day of this date */
                to?: string;
                deleted?: "exclude" | "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        by: ("month" | "year" | "level" | "country" | "admin1" | "place" | "group" | "basis" | "type" | "perpetrator" | "verification")[];
                        cells: {
                            /**
                             * @description The month the incident began, YYYY-MM; YYYY-?? for incidents known only to the year (that year's month-unknown bucket, never January). By month, YYYY-MM and YYYY-?? cells add up to the year's count
                             * @example 2025-03
                             */
                            month?: string;
                            /** @description The year the incident began, YYYY, whatever its date precision */
                            year?: string;
                            level?: number;
                            country?: string;
                            admin1?: string | null;
                            place?: string | null;
                            group?: string | null;
                            basis?: string | null;
                            type?: string;
                            perpetrator?: string | null;
                            verification?: string;
                            incidents: number;
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        }[];
                        totals: {
                            /**
                             * @description The month the incident began, YYYY-MM; YYYY-?? for incidents known only to the year (that year's month-unknown bucket, never January). By month, YYYY-MM and YYYY-?? cells add up to the year's count
                             * @example 2025-03
                             */
                            month?: string;
                            /** @description The year the incident began, YYYY, whatever its date precision */
                            year?: string;
                            level?: number;
                            country?: string;
                            admin1?: string | null;
                            place?: string | null;
                            group?: string | null;
                            basis?: string | null;
                            type?: string;
                            perpetrator?: string | null;
                            verification?: string;
                            incidents: number;
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatsExtent: {
        parameters: {
            query?: {
                /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                q?: string;
                /** @description Only these incidents (for a page that names several linked incidents at once) */
                id?: string[];
                country?: string[];
                admin1?: string[];
                /** @description Targeted group ids */
                group?: string[];
                basis?: string[];
                /** @description Violation type codes */
                type?: string[];
                perpetrator?: string[];
                /** @description Source ids: incidents whose sources' information names one of them */
                source?: string[];
                /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                team?: string[];
                /** @description Pyramid levels */
                level?: number[];
                verification?: string[];
                confidentiality?: string[];
                from?: unknown;
                to?: unknown;
                deleted?: "exclude" | "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description First month (YYYY-MM) with an incident dated to the day or month; null if none */
                        first: string | null;
                        /** @description Last month (YYYY-MM) with an incident dated to the day or month; null if none */
                        last: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroupUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incidents: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroupsUsage: {
        parameters: {
            query: {
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            incidents: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActorUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incidents: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActorsUsage: {
        parameters: {
            query: {
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            incidents: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourceUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incidents: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourcesUsage: {
        parameters: {
            query: {
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            incidents: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportIncidents: {
        parameters: {
            query: {
                /** @description csv, xlsx, geojson, hxl (CSV with an HXL hashtag row), json, ndjson, or esf (HURIDOCS Events Standard Formats as JSON) */
                format: "csv" | "xlsx" | "geojson" | "hxl" | "json" | "ndjson" | "esf";
                /** @description Public mode: only what the public may read, as the public reads it, with no sources, evidence ids, teams or authors, and the coordinates of sensitive incidents rounded (PRECURSOR_PUBLIC_COORDINATE_DECIMALS). Always on for an anonymous reader */
                public?: boolean;
                /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                q?: string;
                /** @description Only these incidents (for a page that names several linked incidents at once) */
                id?: string[];
                country?: string[];
                admin1?: string[];
                /** @description Targeted group ids */
                group?: string[];
                basis?: string[];
                /** @description Violation type codes */
                type?: string[];
                perpetrator?: string[];
                /** @description Source ids: incidents whose sources' information names one of them */
                source?: string[];
                /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                team?: string[];
                /** @description Pyramid levels */
                level?: number[];
                verification?: string[];
                confidentiality?: string[];
                /** @description Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03) */
                from?: string;
                /** @description Incidents whose dated range overlaps the period: it begins on or before the last day of this date */
                to?: string;
                deleted?: "exclude" | "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvidence: {
        parameters: {
            query: {
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            sha256: string;
                            sizeBytes: number;
                            /** @description Sniffed from the content, not taken from the upload */
                            mediaType: string;
                            filename: string;
                            description: string;
                            createdAt: string;
                            createdBy: string;
                            custody: {
                                at: string;
                                actor: string;
                                /** @description uploaded, uploaded-again, imported, imported-again, proof-verified, proof-failed, metadata-kept, downloaded, verified, integrity-failed, missing */
                                action: string;
                                note: string;
                                /** @description On an upload: the file name this uploader gave */
                                filename: string | null;
                                /** @description On an upload: the description this uploader gave */
                                description: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description What the file shows; send it before the file */
                    description?: string;
                    /**
                     * Format: binary
                     * @description The evidence file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sha256: string;
                        sizeBytes: number;
                        /** @description Sniffed from the content, not taken from the upload */
                        mediaType: string;
                        filename: string;
                        description: string;
                        createdAt: string;
                        createdBy: string;
                        custody: {
                            at: string;
                            actor: string;
                            /** @description uploaded, uploaded-again, imported, imported-again, proof-verified, proof-failed, metadata-kept, downloaded, verified, integrity-failed, missing */
                            action: string;
                            note: string;
                            /** @description On an upload: the file name this uploader gave */
                            filename: string | null;
                            /** @description On an upload: the description this uploader gave */
                            description: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sha256: string;
                        sizeBytes: number;
                        /** @description Sniffed from the content, not taken from the upload */
                        mediaType: string;
                        filename: string;
                        description: string;
                        createdAt: string;
                        createdBy: string;
                        custody: {
                            at: string;
                            actor: string;
                            /** @description uploaded, uploaded-again, imported, imported-again, proof-verified, proof-failed, metadata-kept, downloaded, verified, integrity-failed, missing */
                            action: string;
                            note: string;
                            /** @description On an upload: the file name this uploader gave */
                            filename: string | null;
                            /** @description On an upload: the description this uploader gave */
                            description: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sha256: string;
                        sizeBytes: number;
                        /** @description Sniffed from the content, not taken from the upload */
                        mediaType: string;
                        filename: string;
                        description: string;
                        createdAt: string;
                        createdBy: string;
                        custody: {
                            at: string;
                            actor: string;
                            /** @description uploaded, uploaded-again, imported, imported-again, proof-verified, proof-failed, metadata-kept, downloaded, verified, integrity-failed, missing */
                            action: string;
                            note: string;
                            /** @description On an upload: the file name this uploader gave */
                            filename: string | null;
                            /** @description On an upload: the description this uploader gave */
                            description: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intact: boolean;
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            sha256: string;
                            sizeBytes: number;
                            /** @description Sniffed from the content, not taken from the upload */
                            mediaType: string;
                            filename: string;
                            description: string;
                            createdAt: string;
                            createdBy: string;
                            custody: {
                                at: string;
                                actor: string;
                                /** @description uploaded, uploaded-again, imported, imported-again, proof-verified, proof-failed, metadata-kept, downloaded, verified, integrity-failed, missing */
                                action: string;
                                note: string;
                                /** @description On an upload: the file name this uploader gave */
                                filename: string | null;
                                /** @description On an upload: the description this uploader gave */
                                description: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                entity?: "incident" | "place" | "group" | "actor" | "source" | "evidence" | "region" | "person" | "import-mapping" | "case";
                entityId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actor: string;
                            requestId: string | null;
                            action: string;
                            entity: string;
                            entityId: string | null;
                            before: unknown;
                            after: unknown;
                            /** @description What before and after do not say; for incident.merge: { baseVersion, theirsVersion, fromTheirs } */
                            detail: unknown;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        checked: number;
                        lastGood: {
                            seq: number;
                            hash: string;
                        } | null;
                        problem: {
                            seq: number | null;
                            id: number | null;
                            /** @enum {string} */
                            kind: "missing" | "out-of-order" | "altered" | "content-altered" | "broken-link" | "outside-chain";
                            message: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    purgeIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why; kept only as a digest */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tombstone: {
                            entity: string;
                            /** Format: uuid */
                            id: string;
                            purgedAt: string;
                            purgedBy: string;
                            /** @description SHA-256 (hex) of `<entity>\n<id>\n<reason>`; the reason itself is not kept */
                            reasonDigest: string;
                        };
                        evidencePurged: string[];
                        auditEntriesErased: number;
                        vacuumed: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersons: {
        parameters: {
            query?: {
                incidentId?: string;
                /** @description As the person gives it */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    incidentId: string;
                    /** @enum {string} */
                    role: "victim" | "witness" | "victim-witness";
                    sex?: ("female" | "male" | "other" | "unknown") | null;
                    /** @description Age in years at the time of the incident */
                    age?: number | null;
                    /**
                     * @description Acts of the incident the person suffered or saw (the acts' stable ids)
                     * @default []
                     */
                    actIds?: string[];
                    /**
                     * @description Sources' information of the incident that names the person (the source's id)
                     * @default []
                     */
                    sourceIds?: string[];
                    /** @description As the person gives it */
                    name: string;
                    /** @default [] */
                    aliases?: string[];
                    dateOfBirth?: string | null;
                    /**
                     * @description Phone numbers, e-mail, how to reach the person safely
                     * @default []
                     */
                    contacts?: string[];
                    /** @default  */
                    address?: string;
                    /**
                     * @description Evidence ids of identifying photos
                     * @default []
                     */
                    photos?: string[];
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupPersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description As the person gives it */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "victim" | "witness" | "victim-witness";
                    sex?: ("female" | "male" | "other" | "unknown") | null;
                    /** @description Age in years at the time of the incident */
                    age?: number | null;
                    /**
                     * @description Acts of the incident the person suffered or saw (the acts' stable ids)
                     * @default []
                     */
                    actIds?: string[];
                    /**
                     * @description Sources' information of the incident that names the person (the source's id)
                     * @default []
                     */
                    sourceIds?: string[];
                    /** @description As the person gives it */
                    name: string;
                    /** @default [] */
                    aliases?: string[];
                    dateOfBirth?: string | null;
                    /**
                     * @description Phone numbers, e-mail, how to reach the person safely
                     * @default []
                     */
                    contacts?: string[];
                    /** @default  */
                    address?: string;
                    /**
                     * @description Evidence ids of identifying photos
                     * @default []
                     */
                    photos?: string[];
                    /** @default  */
                    notes?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePerson: {
        parameters: {
            query: {
                /** @description The version you read; a stale one is refused with 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    scope: "record-only" | "share-un" | "publish";
                    /**
                     * @description When the person gave it
                     * @example 2023-05-14
                     */
                    date: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /**
                     * @description When the person withdrew it
                     * @example 2023-05-14
                     */
                    date: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    password: string;
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"] | {
                        /** @enum {boolean} */
                        totpRequired: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFirstAdministrator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Login name: letters, digits and . _ @ -, kept lower-case */
                    login: string;
                    displayName?: string;
                    /** @description At least 12 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Login name: letters, digits and . _ @ -, kept lower-case */
                    login: string;
                    displayName?: string;
                    /** @enum {string} */
                    role: "administrator" | "editor" | "analyst" | "lawyer" | "viewer";
                    /**
                     * @description Capped at the role's maximum; the maximum when left out
                     * @enum {string}
                     */
                    clearance?: "public" | "internal" | "confidential" | "strictly-confidential";
                    /** @default [] */
                    teams?: string[];
                    /** @description At least 12 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @enum {string} */
                    role?: "administrator" | "editor" | "analyst" | "lawyer" | "viewer";
                    /** @enum {string} */
                    clearance?: "public" | "internal" | "confidential" | "strictly-confidential";
                    teams?: string[];
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 12 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Team"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeamNames: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TeamName"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description At least 12 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    beginTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Base32; shown this once */
                        secret: string;
                        /** @description otpauth:// URI for an authenticator app (as a QR code or typed) */
                        uri: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default read-only */
                    access?: ("read-only" | "read-write") | ("incidents.read" | "incidents.write" | "incidents.delete" | "registry.read" | "registry.write" | "sources.read" | "regions.merge" | "evidence.read" | "evidence.write" | "audit.read" | "audit.verify" | "persons.read" | "persons.read-identity" | "persons.write" | "persons.keys" | "users.manage" | "teams.read" | "account.manage" | "records.purge" | "backup.run" | "taxonomies.read" | "imports.read" | "imports.write" | "exports.read" | "review.read" | "review.write" | "incidents.merge" | "framework.read" | "framework.write" | "alerts.read" | "alerts.write" | "alerts.scan" | "forecasts.read" | "forecasts.write" | "watchlist.read" | "cases.read" | "cases.write" | "mechanisms.read")[];
                    /** @default 90 */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        actions: string[] | null;
                        expiresAt: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                        createdAt: string;
                        /** @description The secret: shown this once, send it as `Authorization: Bearer …` */
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Encrypt the backup with this passphrase (age, scrypt) */
                    passphrase?: string;
                } | null;
            };
        };
        responses: {
            /** @description The archive, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDuplicates: {
        parameters: {
            query?: {
                status?: "new" | "dismissed" | "merged";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            a: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                title: string;
                                startDate: string;
                                /** @enum {string} */
                                startPrecision: "day" | "month" | "year";
                                endDate: string | null;
                                country: string;
                                admin1: string | null;
                                placeId: string | null;
                                pyramidLevel: number;
                                verificationStatus: string;
                                confidentiality: string;
                                teams: string[];
                                victims: {
                                    killed: number;
                                    injured: number;
                                    detained: number;
                                    disappeared: number;
                                    displaced: number;
                                    affected: number;
                                };
                                violationTypes: string[];
                                targetedGroupIds: string[];
                                perpetratorIds: string[];
                                updatedAt: string;
                                deletedAt: string | null;
                            };
                            b: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                title: string;
                                startDate: string;
                                /** @enum {string} */
                                startPrecision: "day" | "month" | "year";
                                endDate: string | null;
                                country: string;
                                admin1: string | null;
                                placeId: string | null;
                                pyramidLevel: number;
                                verificationStatus: string;
                                confidentiality: string;
                                teams: string[];
                                victims: {
                                    killed: number;
                                    injured: number;
                                    detained: number;
                                    disappeared: number;
                                    displaced: number;
                                    affected: number;
                                };
                                violationTypes: string[];
                                targetedGroupIds: string[];
                                perpetratorIds: string[];
                                updatedAt: string;
                                deletedAt: string | null;
                            };
                            score: number;
                            /** @description Each feature in [0, 1]: date, sameDay, place, group, types, level, victims, text */
                            features: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "new" | "dismissed" | "merged";
                            foundAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            reason: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scanDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only these countries; all when left out */
                    countries?: string[];
                    /** @description Lowest score proposed (default 0.5) */
                    threshold?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: number;
                        incidents: number;
                        /** @description Pairs the blocking let through and the scorer scored */
                        scored: number;
                        /** @description Records compared with fewer records than their window held (see the README) */
                        capped: number;
                        proposed: number;
                        /** @description Pairs new or re-scored; dismissed and merged pairs stay as decided */
                        stored: number;
                        ms: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                a: string;
                b: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                a: string;
                b: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The incident that stays (one of the pair); the other is merged into it and deleted
                     */
                    keep: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        narrative: string;
                        startDate: string;
                        /** @enum {string} */
                        startPrecision: "day" | "month" | "year";
                        endDate: string | null;
                        endPrecision: ("day" | "month" | "year") | null;
                        dateEstimated: boolean;
                        reportDate: string | null;
                        country: string;
                        admin1: string | null;
                        placeId: string | null;
                        place: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            deletedAt: string | null;
                            name: string;
                            country: string;
                            admin1: string | null;
                            admin2: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            locationPrecision: string;
                        } | null;
                        pyramidLevel: number;
                        derivedPyramidLevel: number;
                        pyramidLevelOverride: {
                            level: number;
                            reason: string;
                        } | null;
                        verificationStatus: string;
                        confidentiality: string;
                        teams: string[];
                        withhold: {
                            place: string | null;
                            date: string | null;
                            reporter: string | null;
                        };
                        /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                        withheld: ("place" | "date" | "reporter")[];
                        monitoringStatus: string;
                        victims: {
                            killed: number;
                            injured: number;
                            detained: number;
                            disappeared: number;
                            displaced: number;
                            affected: number;
                        };
                        violationTypes: string[];
                        targetedGroupIds: string[];
                        identityBases: string[];
                        perpetratorIds: string[];
                        acts: {
                            /** Format: uuid */
                            id: string;
                            violationType: string;
                            pyramidLevel: number;
                            groupId: string | null;
                            identityBasis: string | null;
                            victims: {
                                /** @default 0 */
                                killed: number;
                                /** @default 0 */
                                injured: number;
                                /** @default 0 */
                                detained: number;
                                /** @default 0 */
                                disappeared: number;
                                /** @default 0 */
                                displaced: number;
                                /**
                                 * @description otherwise affected
                                 * @default 0
                                 */
                                affected: number;
                            };
                            perpetrators: {
                                /** Format: uuid */
                                actorId: string;
                                involvement: string;
                            }[];
                        }[];
                        sources: {
                            /** Format: uuid */
                            sourceId: string;
                            connection: string;
                            materialType: string;
                            informationDate: string | null;
                            credibility: number;
                            note: string;
                        }[];
                        evidenceIds: string[];
                        links: {
                            /** Format: uuid */
                            incidentId: string;
                            kind: string;
                            note: string;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                        deletedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unmergeDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                a: string;
                b: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kept: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            title: string;
                            narrative: string;
                            startDate: string;
                            /** @enum {string} */
                            startPrecision: "day" | "month" | "year";
                            endDate: string | null;
                            endPrecision: ("day" | "month" | "year") | null;
                            dateEstimated: boolean;
                            reportDate: string | null;
                            country: string;
                            admin1: string | null;
                            placeId: string | null;
                            place: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                deletedAt: string | null;
                                name: string;
                                country: string;
                                admin1: string | null;
                                admin2: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                locationPrecision: string;
                            } | null;
                            pyramidLevel: number;
                            derivedPyramidLevel: number;
                            pyramidLevelOverride: {
                                level: number;
                                reason: string;
                            } | null;
                            verificationStatus: string;
                            confidentiality: string;
                            teams: string[];
                            withhold: {
                                place: string | null;
                                date: string | null;
                                reporter: string | null;
                            };
                            /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                            withheld: ("place" | "date" | "reporter")[];
                            monitoringStatus: string;
                            victims: {
                                killed: number;
                                injured: number;
                                detained: number;
                                disappeared: number;
                                displaced: number;
                                affected: number;
                            };
                            violationTypes: string[];
                            targetedGroupIds: string[];
                            identityBases: string[];
                            perpetratorIds: string[];
                            acts: {
                                /** Format: uuid */
                                id: string;
                                violationType: string;
                                pyramidLevel: number;
                                groupId: string | null;
                                identityBasis: string | null;
                                victims: {
                                    /** @default 0 */
                                    killed: number;
                                    /** @default 0 */
                                    injured: number;
                                    /** @default 0 */
                                    detained: number;
                                    /** @default 0 */
                                    disappeared: number;
                                    /** @default 0 */
                                    displaced: number;
                                    /**
                                     * @description otherwise affected
                                     * @default 0
                                     */
                                    affected: number;
                                };
                                perpetrators: {
                                    /** Format: uuid */
                                    actorId: string;
                                    involvement: string;
                                }[];
                            }[];
                            sources: {
                                /** Format: uuid */
                                sourceId: string;
                                connection: string;
                                materialType: string;
                                informationDate: string | null;
                                credibility: number;
                                note: string;
                            }[];
                            evidenceIds: string[];
                            links: {
                                /** Format: uuid */
                                incidentId: string;
                                kind: string;
                                note: string;
                                /** @enum {string} */
                                direction: "outgoing" | "incoming";
                            }[];
                            createdAt: string;
                            createdBy: string;
                            updatedAt: string;
                            updatedBy: string;
                            deletedAt: string | null;
                        };
                        restored: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            title: string;
                            narrative: string;
                            startDate: string;
                            /** @enum {string} */
                            startPrecision: "day" | "month" | "year";
                            endDate: string | null;
                            endPrecision: ("day" | "month" | "year") | null;
                            dateEstimated: boolean;
                            reportDate: string | null;
                            country: string;
                            admin1: string | null;
                            placeId: string | null;
                            place: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                deletedAt: string | null;
                                name: string;
                                country: string;
                                admin1: string | null;
                                admin2: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                locationPrecision: string;
                            } | null;
                            pyramidLevel: number;
                            derivedPyramidLevel: number;
                            pyramidLevelOverride: {
                                level: number;
                                reason: string;
                            } | null;
                            verificationStatus: string;
                            confidentiality: string;
                            teams: string[];
                            withhold: {
                                place: string | null;
                                date: string | null;
                                reporter: string | null;
                            };
                            /** @description The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources */
                            withheld: ("place" | "date" | "reporter")[];
                            monitoringStatus: string;
                            victims: {
                                killed: number;
                                injured: number;
                                detained: number;
                                disappeared: number;
                                displaced: number;
                                affected: number;
                            };
                            violationTypes: string[];
                            targetedGroupIds: string[];
                            identityBases: string[];
                            perpetratorIds: string[];
                            acts: {
                                /** Format: uuid */
                                id: string;
                                violationType: string;
                                pyramidLevel: number;
                                groupId: string | null;
                                identityBasis: string | null;
                                victims: {
                                    /** @default 0 */
                                    killed: number;
                                    /** @default 0 */
                                    injured: number;
                                    /** @default 0 */
                                    detained: number;
                                    /** @default 0 */
                                    disappeared: number;
                                    /** @default 0 */
                                    displaced: number;
                                    /**
                                     * @description otherwise affected
                                     * @default 0
                                     */
                                    affected: number;
                                };
                                perpetrators: {
                                    /** Format: uuid */
                                    actorId: string;
                                    involvement: string;
                                }[];
                            }[];
                            sources: {
                                /** Format: uuid */
                                sourceId: string;
                                connection: string;
                                materialType: string;
                                informationDate: string | null;
                                credibility: number;
                                note: string;
                            }[];
                            evidenceIds: string[];
                            links: {
                                /** Format: uuid */
                                incidentId: string;
                                kind: string;
                                note: string;
                                /** @enum {string} */
                                direction: "outgoing" | "incoming";
                            }[];
                            createdAt: string;
                            createdBy: string;
                            updatedAt: string;
                            updatedBy: string;
                            deletedAt: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                country?: string;
                /** @description The region, by its name as shown */
                admin1?: string;
                groupId?: string;
                rule?: "surge" | "climb" | "spread" | "severity" | "speech-lead";
                status?: "new" | "acknowledged" | "escalated" | "dismissed" | "withdrawn";
                /** @description First month, inclusive (YYYY-MM) */
                from?: string;
                /** @description Last month, inclusive (YYYY-MM) */
                to?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            rule: "surge" | "climb" | "spread" | "severity" | "speech-lead";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @description The pyramid level concerned */
                            level: number;
                            /** @enum {string} */
                            status: "new" | "acknowledged" | "escalated" | "dismissed" | "withdrawn";
                            statusReason: string | null;
                            /** @description The month it concerns, YYYY-MM */
                            month: string;
                            country: string;
                            /** @description The region as shown; null for the country as a whole */
                            admin1: string | null;
                            groupId: string | null;
                            /** @description One English sentence with the numbers behind it */
                            explanation: string;
                            /** @description The numbers the explanation cites, for a translated sentence */
                            figures: {
                                [key: string]: number | string | null;
                            };
                            /** @description The configuration that fired */
                            parameters: {
                                [key: string]: number | string;
                            };
                            incidentIds: string[];
                            confidentiality: string;
                            teams: string[];
                            firstRaisedAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scanAlerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Scan only this country; all when left out */
                    country?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: string[] | null;
                        incidents: number;
                        /** @description Place-group series scanned (region × group and country × group) */
                        series: number;
                        /** @description What the rules found over the whole history (that the caller may read) */
                        findings: number;
                        raised: number;
                        updated: number;
                        unchanged: number;
                        withdrawn: number;
                        reinstated: number;
                        durationMs: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAlertStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `withdrawn` is set by scans alone
                     * @enum {string}
                     */
                    status: "new" | "acknowledged" | "escalated" | "dismissed";
                    /** @description Why; required to dismiss */
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        rule: "surge" | "climb" | "spread" | "severity" | "speech-lead";
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        /** @description The pyramid level concerned */
                        level: number;
                        /** @enum {string} */
                        status: "new" | "acknowledged" | "escalated" | "dismissed" | "withdrawn";
                        statusReason: string | null;
                        /** @description The month it concerns, YYYY-MM */
                        month: string;
                        country: string;
                        /** @description The region as shown; null for the country as a whole */
                        admin1: string | null;
                        groupId: string | null;
                        /** @description One English sentence with the numbers behind it */
                        explanation: string;
                        /** @description The numbers the explanation cites, for a translated sentence */
                        figures: {
                            [key: string]: number | string | null;
                        };
                        /** @description The configuration that fired */
                        parameters: {
                            [key: string]: number | string;
                        };
                        incidentIds: string[];
                        confidentiality: string;
                        teams: string[];
                        firstRaisedAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Live incidents (readable by the caller) not yet verified */
                        notYetVerified: number;
                        /** @description Live incidents judged unverifiable: kept apart from those not yet verified */
                        unverifiable: number;
                        assignedToMe: number;
                        /** @description Likely duplicate pairs to review (both incidents readable); counted up to 1,000 */
                        openDuplicates: number;
                        openDuplicatesIsLowerBound: boolean;
                        /** @description Rows imports rejected (imports not rolled back), counted up to 10,000; null for a caller who may not read imports */
                        rejectedRows: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReviewAssignments: {
        parameters: {
            query?: {
                /** @description One reviewer; `me` for the caller */
                assignee?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            incident: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                title: string;
                                startDate: string;
                                /** @enum {string} */
                                startPrecision: "day" | "month" | "year";
                                endDate: string | null;
                                country: string;
                                admin1: string | null;
                                placeId: string | null;
                                pyramidLevel: number;
                                verificationStatus: string;
                                confidentiality: string;
                                teams: string[];
                                victims: {
                                    killed: number;
                                    injured: number;
                                    detained: number;
                                    disappeared: number;
                                    displaced: number;
                                    affected: number;
                                };
                                violationTypes: string[];
                                targetedGroupIds: string[];
                                perpetratorIds: string[];
                                updatedAt: string;
                                deletedAt: string | null;
                            };
                            assignee: string;
                            assignedBy: string;
                            assignedAt: string;
                            note: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignForReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    /** @description The reviewer (account name or id); null takes the incidents off anyone’s list */
                    assignee: string | null;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRejectedImportRows: {
        parameters: {
            query?: {
                /** @description One import batch */
                batch?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            batchId: string;
                            fileName: string;
                            sourceSystem: string;
                            format: string;
                            batchStatus: string;
                            startedAt: string;
                            startedBy: string;
                            /** @description The job whose error file holds the row (GET /api/imports/jobs/{jobId}/errors); null for an import run from the command line (its error file is beside the input) */
                            jobId: string | null;
                            /** @description The physical line where the record starts, header = 1 (XLSX: the sheet row) */
                            row: number;
                            /** @description The ZIP member, when the record came from one */
                            file: string | null;
                            sheet: string | null;
                            problems: {
                                field: string | null;
                                target: string | null;
                                code: string;
                                message: string;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setVerificationInBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The selection, as the incident list filters it */
                    filter: {
                        /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                        q?: string;
                        /** @description Only these incidents (for a page that names several linked incidents at once) */
                        id?: string[];
                        country?: string[];
                        admin1?: string[];
                        /** @description Targeted group ids */
                        group?: string[];
                        basis?: string[];
                        /** @description Violation type codes */
                        type?: string[];
                        perpetrator?: string[];
                        /** @description Source ids: incidents whose sources' information names one of them */
                        source?: string[];
                        /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                        team?: string[];
                        /** @description Pyramid levels */
                        level?: number[];
                        verification?: string[];
                        confidentiality?: string[];
                        /**
                         * @description Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03)
                         * @example 2023-05
                         */
                        from?: string;
                        /**
                         * @description Incidents whose dated range overlaps the period: it begins on or before the last day of this date
                         * @example 2023-05
                         */
                        to?: string;
                        /**
                         * @default exclude
                         * @enum {string}
                         */
                        deleted?: "exclude" | "include" | "only";
                    };
                    /** @description A code of the verification-statuses taxonomy (GET /api/taxonomies/verification-statuses) */
                    status: string;
                    /** @description How many incidents the person was shown: refused (409) if the selection changed since */
                    expected?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matched: number;
                        changed: number;
                        ids: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrameworkOfAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        title: string;
                        citation: string;
                        url: string | null;
                        factors: {
                            code: string;
                            number: number;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            crimes: "common" | "genocide" | "crimes-against-humanity" | "war-crimes";
                            page: number;
                            /** @description Whether the factor's indicators were compared with the 2014 text number by number */
                            checked: boolean;
                            indicators: {
                                code: string;
                                number: string;
                                text: string;
                                page: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrameworkScorecard: {
        parameters: {
            query?: {
                /** @description Compare with the scorecard as it stood on this day */
                since?: string;
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 country code */
                country: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country: string;
                        frameworkVersion: number;
                        since: string | null;
                        factors: {
                            code: string;
                            number: number;
                            name: string;
                            /** @enum {string} */
                            crimes: "common" | "genocide" | "crimes-against-humanity" | "war-crimes";
                            /**
                             * @description present if any indicator is, else partly if any is, absent if every indicator is assessed absent, else unknown
                             * @enum {string}
                             */
                            status: "present" | "partly" | "absent" | "unknown";
                            /** @description Indicators by current status; an indicator never assessed counts as unknown */
                            counts: {
                                present: number;
                                partly: number;
                                absent: number;
                                unknown: number;
                            };
                            assessed: number;
                            changedSince: number | null;
                            indicators: {
                                code: string;
                                number: string;
                                text: string;
                                /** @enum {string} */
                                status: "present" | "partly" | "absent" | "unknown";
                                current: {
                                    /** Format: uuid */
                                    id: string;
                                    country: string;
                                    indicator: string;
                                    /** @enum {string} */
                                    status: "present" | "partly" | "absent" | "unknown";
                                    assessedOn: string;
                                    note: string;
                                    /** @description The evidence the caller may read (others are left out) */
                                    incidentIds: string[];
                                    suggestion: {
                                        id: string;
                                        reason: string;
                                    } | null;
                                    assessedBy: string;
                                    recordedAt: string;
                                } | null;
                                /** @description Its status on the `since` day (unknown if not assessed by then); null without `since` */
                                statusSince: ("present" | "partly" | "absent" | "unknown") | null;
                            }[];
                        }[];
                        /** @description Indicators whose status differs from the `since` day; empty without `since` */
                        changes: {
                            indicator: string;
                            /** @enum {string} */
                            from: "present" | "partly" | "absent" | "unknown";
                            /** @enum {string} */
                            to: "present" | "partly" | "absent" | "unknown";
                            assessedOn: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessFrameworkIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 country code */
                country: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description An indicator code of GET /api/framework, e.g. indicator-10-2
                     * @example indicator-10-2
                     */
                    indicator: string;
                    /** @enum {string} */
                    status: "present" | "partly" | "absent" | "unknown";
                    /**
                     * @description The day the situation was assessed (YYYY-MM-DD); the newest assessed day is the current one
                     * @example 2023-05-14
                     */
                    assessedOn: string;
                    /** @default  */
                    note?: string;
                    /**
                     * @description Incidents that are evidence for this assessment; each must be one the caller may read
                     * @default []
                     */
                    incidentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        country: string;
                        indicator: string;
                        /** @enum {string} */
                        status: "present" | "partly" | "absent" | "unknown";
                        assessedOn: string;
                        note: string;
                        /** @description The evidence the caller may read (others are left out) */
                        incidentIds: string[];
                        suggestion: {
                            id: string;
                            reason: string;
                        } | null;
                        assessedBy: string;
                        recordedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFrameworkSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 country code */
                country: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            indicator: string;
                            factor: number;
                            /** @enum {string} */
                            status: "present" | "partly";
                            groupId: string | null;
                            reason: string;
                            figures: {
                                [key: string]: number;
                            };
                            incidentIds: string[];
                            /**
                             * @description The indicator's status now (unknown if never assessed): a suggestion the scorecard already holds can be passed over
                             * @enum {string}
                             */
                            currentStatus: "present" | "partly" | "absent" | "unknown";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmFrameworkSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 country code */
                country: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description A date to the day, YYYY-MM-DD
                     * @example 2023-05-14
                     */
                    assessedOn: string;
                    /**
                     * @description Default: the suggestion's status
                     * @enum {string}
                     */
                    status?: "present" | "partly" | "absent" | "unknown";
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        country: string;
                        indicator: string;
                        /** @enum {string} */
                        status: "present" | "partly" | "absent" | "unknown";
                        assessedOn: string;
                        note: string;
                        /** @description The evidence the caller may read (others are left out) */
                        incidentIds: string[];
                        suggestion: {
                            id: string;
                            reason: string;
                        } | null;
                        assessedBy: string;
                        recordedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listForecastRuns: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The year forecast */
                            year: number;
                            predictorsYear: number;
                            outcome: string;
                            lastTrainedYear: number;
                            trainedRows: number;
                            tuning: {
                                lambda: number;
                                trees: number;
                                validationYears: number[];
                                validationOnsets: number;
                            };
                            source: string;
                            countries: number;
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveForecastRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    predictorsYear: number;
                    lastTrainedYear: number;
                    trainedRows: number;
                    tuning: {
                        lambda: number;
                        trees: number;
                        validationYears: number[];
                        validationOnsets: number;
                    };
                    /**
                     * @default mk_onset_1
                     * @enum {string}
                     */
                    outcome?: "mk_onset_1" | "mk_onset_1or2";
                    /** @description The predictors file, for the record */
                    source: string;
                    countries: {
                        rank: number;
                        /** @description The predictors' country name (ewp_name) */
                        country: string;
                        ccode: number;
                        probability: number;
                        factors: {
                            column: string;
                            contribution: number;
                            value: number | null;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The year forecast */
                        year: number;
                        predictorsYear: number;
                        outcome: string;
                        lastTrainedYear: number;
                        trainedRows: number;
                        tuning: {
                            lambda: number;
                            trees: number;
                            validationYears: number[];
                            validationOnsets: number;
                        };
                        source: string;
                        countries: number;
                        createdBy: string;
                        createdAt: string;
                        rows: {
                            rank: number;
                            /** @description ISO 3166-1 alpha-3; null for a state without a code today */
                            country: string | null;
                            ewpName: string;
                            ccode: number;
                            probability: number;
                            factors: {
                                column: string;
                                contribution: number;
                                value: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getForecastRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The year forecast */
                        year: number;
                        predictorsYear: number;
                        outcome: string;
                        lastTrainedYear: number;
                        trainedRows: number;
                        tuning: {
                            lambda: number;
                            trees: number;
                            validationYears: number[];
                            validationOnsets: number;
                        };
                        source: string;
                        countries: number;
                        createdBy: string;
                        createdAt: string;
                        rows: {
                            rank: number;
                            /** @description ISO 3166-1 alpha-3; null for a state without a code today */
                            country: string | null;
                            ewpName: string;
                            ccode: number;
                            probability: number;
                            factors: {
                                column: string;
                                contribution: number;
                                value: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWatchlist: {
        parameters: {
            query?: {
                /** @description Countries (forecast, scorecard and alerts), or regions (their alerts, their country as context) */
                level?: "country" | "region";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        /** @enum {string} */
                        level: "country" | "region";
                        forecastRun: {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            countries: number;
                            createdAt: string;
                        } | null;
                        /** @description Whether scorecards count for this caller (framework.read) */
                        scorecards: boolean;
                        total: number;
                        items: {
                            position: number;
                            /** @enum {string} */
                            level: "country" | "region";
                            country: string;
                            admin1: string | null;
                            score: number;
                            /** @description The score's parts (src/watchlist/config.ts says how each is made) */
                            parts: {
                                forecast: number;
                                alerts: number;
                                scorecard: number;
                            };
                            /** @description The position's reason in English with its numbers; `figures` holds them for other languages */
                            reason: string;
                            figures: {
                                /** @description The run in force and the country's row in it (rank null: not in the run); null when no run is saved */
                                forecast: {
                                    year: number;
                                    of: number;
                                    rank: number | null;
                                    probability: number | null;
                                } | null;
                                alerts: {
                                    active: number;
                                    high: number;
                                    medium: number;
                                    low: number;
                                    escalated: number;
                                    windowMonths: number;
                                    since: string;
                                    newest: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        rule: "surge" | "climb" | "spread" | "severity" | "speech-lead";
                                        /** @enum {string} */
                                        severity: "low" | "medium" | "high";
                                        month: string;
                                        admin1: string | null;
                                        groupName: string | null;
                                    } | null;
                                };
                                /** @description Framework factors present, partly, and worse since `since`; null for a caller without framework.read */
                                scorecard: {
                                    present: number[];
                                    partly: number[];
                                    worsened: number[];
                                    since: string;
                                    assessed: boolean;
                                } | null;
                            };
                            /** @description What produced each figure: the forecast run and row, the alerts counted, the Framework assessments */
                            links: {
                                forecast: {
                                    /** Format: uuid */
                                    runId: string;
                                    rank: number;
                                } | null;
                                alertIds: string[];
                                assessmentIds: string[];
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                status?: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                /** @description ISO 3166-1 alpha-3 country code */
                country?: string;
                owner?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                            ownerId: string | null;
                            country: string;
                            confidentiality: string;
                            teams: string[];
                            /** @description Incidents of the case you may read */
                            incidents: number;
                            /** @description The earliest open task or outcome due date */
                            nextDue: string | null;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /**
                     * @default draft
                     * @enum {string}
                     */
                    status?: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                    /** @description Default: the creator */
                    ownerId?: string | null;
                    /**
                     * @description The state complained against; default: the country of the incidents when they share one
                     * @example XVR
                     */
                    country?: string;
                    /** @description Default: the groups the incidents' acts target */
                    targetedGroupIds?: string[];
                    /** @default  */
                    summary?: string;
                    /**
                     * @description Provisions engaged, e.g. "ICCPR art. 7" (GET /api/cases/:id suggests them from the incidents; none is set silently)
                     * @default []
                     */
                    provisions?: string[];
                    /** @default null */
                    remediesException?: ("unavailable" | "ineffective" | "prolonged") | null;
                    /** @default [] */
                    targetMechanisms?: string[];
                    /** @default null */
                    authorIsVictim?: boolean | null;
                    /** @default null */
                    authorAnonymous?: boolean | null;
                    /**
                     * @description A case file is at least as sensitive as its most sensitive incident; read through the same door as incidents
                     * @default confidential
                     * @enum {string}
                     */
                    confidentiality?: "public" | "internal" | "confidential" | "strictly-confidential";
                    /** @default [] */
                    teams?: string[];
                    /**
                     * @description Incidents to join, each one the caller may read
                     * @default []
                     */
                    incidentIds?: string[];
                    /** @description Or join every incident the caller may read that the incident list shows for these filters ("make a case from these 40 incidents") */
                    incidentFilter?: {
                        /** @description Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not) */
                        q?: string;
                        /** @description Only these incidents (for a page that names several linked incidents at once) */
                        id?: string[];
                        country?: string[];
                        admin1?: string[];
                        /** @description Targeted group ids */
                        group?: string[];
                        basis?: string[];
                        /** @description Violation type codes */
                        type?: string[];
                        perpetrator?: string[];
                        /** @description Source ids: incidents whose sources' information names one of them */
                        source?: string[];
                        /** @description Team ids: incidents restricted to one of these teams (what the caller may read of them) */
                        team?: string[];
                        /** @description Pyramid levels */
                        level?: number[];
                        verification?: string[];
                        confidentiality?: string[];
                        /**
                         * @description Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03)
                         * @example 2023-05
                         */
                        from?: string;
                        /**
                         * @description Incidents whose dated range overlaps the period: it begins on or before the last day of this date
                         * @example 2023-05
                         */
                        to?: string;
                        /**
                         * @default exclude
                         * @enum {string}
                         */
                        deleted?: "exclude" | "include" | "only";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseCalendar: {
        parameters: {
            query?: {
                /** @description Dates on or after this day */
                from?: string;
                /** @description A date to the day, YYYY-MM-DD */
                to?: string;
                includeDone?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            date: string;
                            /** @enum {string} */
                            kind: "task" | "outcome-due" | "submission-deadline";
                            title: string;
                            /** Format: uuid */
                            caseId: string;
                            caseTitle: string;
                            ref: string | null;
                            done: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseCalendarIcs: {
        parameters: {
            query?: {
                /** @description Dates on or after this day */
                from?: string;
                /** @description A date to the day, YYYY-MM-DD */
                to?: string;
                includeDone?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read: a stale one gets 409 with the current case */
                    version: number;
                    title?: string;
                    /** @enum {string} */
                    status?: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                    ownerId?: string | null;
                    /**
                     * @description ISO 3166-1 alpha-3 country code
                     * @example XVR
                     */
                    country?: string;
                    targetedGroupIds?: string[];
                    summary?: string;
                    /** @description Provisions engaged, e.g. "ICCPR art. 7" (GET /api/cases/:id suggests them from the incidents; none is set silently) */
                    provisions?: string[];
                    remediesException?: ("unavailable" | "ineffective" | "prolonged") | null;
                    targetMechanisms?: string[];
                    authorIsVictim?: boolean | null;
                    authorAnonymous?: boolean | null;
                    /**
                     * @description A case file is at least as sensitive as its most sensitive incident; read through the same door as incidents
                     * @enum {string}
                     */
                    confidentiality?: "public" | "internal" | "confidential" | "strictly-confidential";
                    teams?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseForums: {
        parameters: {
            query?: {
                /** @description The day a not-yet-submitted case is assessed for; default today (UTC) */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description The facts the check read from the case, as `precursor cases check` takes them (without the mechanism) */
                        facts: {
                            [key: string]: unknown;
                        };
                        forums: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "treaty-body" | "special-procedure" | "early-warning" | "upr" | "recipient" | "not-in-force";
                            open: boolean | null;
                            openReason: string;
                            check: components["schemas"]["CheckResult"] | null;
                            deadlines: {
                                what: string;
                                date: string;
                                rule: string;
                                /** @description The earliest it could be: a date it runs from is known only to the month or year */
                                conservative?: boolean;
                                note?: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    incidentIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                incidentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidenceIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseVictim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who the victim is, as the case may say it (withheld from readers who may not see identities) */
                    description: string;
                    /**
                     * @description The person record, once there is one (the persons module decides who sees it)
                     * @default null
                     */
                    personId?: string | null;
                    /**
                     * @description Whether the victim consented to the complaint; null while unknown
                     * @default null
                     */
                    consent?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCaseVictim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who the victim is, as the case may say it (withheld from readers who may not see identities) */
                    description: string;
                    /**
                     * @description The person record, once there is one (the persons module decides who sees it)
                     * @default null
                     */
                    personId?: string | null;
                    /**
                     * @description Whether the victim consented to the complaint; null while unknown
                     * @default null
                     */
                    consent?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseVictim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseRemedy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The court or authority
                     * @default null
                     */
                    body?: string | null;
                    /** @default null */
                    filed?: string | null;
                    /** @default null */
                    decided?: string | null;
                    /** @default null */
                    outcome?: string | null;
                    /**
                     * @description Whether the decision is final (no further ordinary appeal)
                     * @default null
                     */
                    final?: boolean | null;
                    /**
                     * @description For a remedy not pursued: why (unavailable, ineffective, unreasonably prolonged, in words)
                     * @default null
                     */
                    notPursuedReason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCaseRemedy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The court or authority
                     * @default null
                     */
                    body?: string | null;
                    /** @default null */
                    filed?: string | null;
                    /** @default null */
                    decided?: string | null;
                    /** @default null */
                    outcome?: string | null;
                    /**
                     * @description Whether the decision is final (no further ordinary appeal)
                     * @default null
                     */
                    final?: boolean | null;
                    /**
                     * @description For a remedy not pursued: why (unavailable, ineffective, unreasonably prolonged, in words)
                     * @default null
                     */
                    notPursuedReason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseRemedy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The other international body (ECtHR, a special procedure …)
                     * @default null
                     */
                    body?: string | null;
                    /** @default null */
                    submitted?: string | null;
                    /** @default null */
                    decided?: string | null;
                    /** @default null */
                    status?: ("pending" | "decided") | null;
                    /**
                     * @description False when it decided without examining the merits (an unreasoned inadmissibility)
                     * @default null
                     */
                    examinedMerits?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCaseProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The other international body (ECtHR, a special procedure …)
                     * @default null
                     */
                    body?: string | null;
                    /** @default null */
                    submitted?: string | null;
                    /** @default null */
                    decided?: string | null;
                    /** @default null */
                    status?: ("pending" | "decided") | null;
                    /**
                     * @description False when it decided without examining the merits (an unreasoned inadmissibility)
                     * @default null
                     */
                    examinedMerits?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseProcedure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    due?: string | null;
                    /** @default false */
                    done?: boolean;
                    /** @default null */
                    assignee?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCaseTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    due?: string | null;
                    /** @default false */
                    done?: boolean;
                    /** @default null */
                    assignee?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example CCPR */
                    mechanism: string;
                    /** @enum {string} */
                    kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                    /**
                     * @description When the body acted
                     * @default null
                     */
                    date?: string | null;
                    /**
                     * @description What it set a date for: observations or comments due, follow-up information due
                     * @default null
                     */
                    due?: string | null;
                    /** @default  */
                    summary?: string;
                    /** @default null */
                    violationFound?: boolean | null;
                    /**
                     * @description Remedies ordered or recommendations, each trackable until implemented (an id keeps a measure when the outcome is replaced)
                     * @default []
                     */
                    measures?: {
                        /** Format: uuid */
                        id?: string;
                        text: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "partly" | "implemented" | "not-implemented";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCaseOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example CCPR */
                    mechanism: string;
                    /** @enum {string} */
                    kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                    /**
                     * @description When the body acted
                     * @default null
                     */
                    date?: string | null;
                    /**
                     * @description What it set a date for: observations or comments due, follow-up information due
                     * @default null
                     */
                    due?: string | null;
                    /** @default  */
                    summary?: string;
                    /** @default null */
                    violationFound?: boolean | null;
                    /**
                     * @description Remedies ordered or recommendations, each trackable until implemented (an id keeps a measure when the outcome is replaced)
                     * @default []
                     */
                    measures?: {
                        /** Format: uuid */
                        id?: string;
                        text: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "partly" | "implemented" | "not-implemented";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseRequestedMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The measure asked for, as the submission says it
                     * @example Ask the State to disclose at once where the family is held
                     */
                    text: string;
                    /**
                     * @description interim: asked for now, to prevent irreparable harm while the body considers the case; final: asked for in its decision
                     * @enum {string}
                     */
                    kind: "interim" | "final";
                    /**
                     * @description Who is to act: the State party, the Committee …
                     * @default null
                     */
                    addressedTo?: string | null;
                    /**
                     * @description proposed (in the draft), requested (of the body), granted, refused, or withdrawn (kept for the record, left out of the documents)
                     * @default proposed
                     * @enum {string}
                     */
                    status?: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCaseRequestedMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The measure asked for, as the submission says it
                     * @example Ask the State to disclose at once where the family is held
                     */
                    text: string;
                    /**
                     * @description interim: asked for now, to prevent irreparable harm while the body considers the case; final: asked for in its decision
                     * @enum {string}
                     */
                    kind: "interim" | "final";
                    /**
                     * @description Who is to act: the State party, the Committee …
                     * @default null
                     */
                    addressedTo?: string | null;
                    /**
                     * @description proposed (in the draft), requested (of the body), granted, refused, or withdrawn (kept for the record, left out of the documents)
                     * @default proposed
                     * @enum {string}
                     */
                    status?: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCaseRequestedMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "preparing" | "submitted" | "registered" | "decided" | "follow-up" | "closed";
                        ownerId: string | null;
                        country: string;
                        targetedGroupIds: string[];
                        summary: string;
                        /** @description The incidents of the case you may read (others are left out) */
                        incidentIds: string[];
                        /** @description True when the case joins incidents you may not read */
                        withheldIncidents: boolean;
                        victims: {
                            /** Format: uuid */
                            id: string;
                            description: string;
                            personId: string | null;
                            consent: boolean | null;
                            identityWithheld: boolean;
                        }[];
                        evidenceIds: string[];
                        provisions: string[];
                        remedies: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            filed: string | null;
                            decided: string | null;
                            outcome: string | null;
                            final: boolean | null;
                            notPursuedReason: string | null;
                        }[];
                        remediesException: ("unavailable" | "ineffective" | "prolonged") | null;
                        procedures: {
                            /** Format: uuid */
                            id: string;
                            body: string | null;
                            submitted: string | null;
                            decided: string | null;
                            status: ("pending" | "decided") | null;
                            examinedMerits: boolean | null;
                        }[];
                        targetMechanisms: string[];
                        tasks: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            due: string | null;
                            done: boolean;
                            assignee: string | null;
                        }[];
                        outcomes: {
                            /** Format: uuid */
                            id: string;
                            mechanism: string;
                            /** @enum {string} */
                            kind: "registration" | "state-observations" | "author-comments" | "interim-measures" | "admissibility" | "views" | "follow-up" | "upr-recommendation" | "concluding-observations";
                            date: string | null;
                            due: string | null;
                            summary: string;
                            violationFound: boolean | null;
                            measures: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** @enum {string} */
                                status: "open" | "partly" | "implemented" | "not-implemented";
                            }[];
                        }[];
                        /** @description What the author asks for: interim measures and the final findings and remedies, printed in the submissions */
                        requestedMeasures: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "interim" | "final";
                            addressedTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "requested" | "granted" | "refused" | "withdrawn";
                        }[];
                        authorIsVictim: boolean | null;
                        authorAnonymous: boolean | null;
                        confidentiality: string;
                        teams: string[];
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        chronology: {
                            /** @description At its precision: YYYY-MM-DD, YYYY-MM or YYYY */
                            date: string;
                            /** @enum {string} */
                            kind: "incident" | "case-created" | "incident-added" | "remedy-filed" | "remedy-decided" | "procedure-submitted" | "procedure-decided" | "outcome";
                            text: string;
                            /** @description The incident, remedy, procedure or outcome id */
                            ref: string | null;
                        }[];
                        suggestedProvisions: {
                            /** @example ICCPR art. 9 */
                            provision: string;
                            violationTypes: string[];
                            incidents: number;
                            /** @description Whether the case's provisions already list it (suggestions are never set silently) */
                            engaged: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMechanisms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mechanisms"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkAdmissibility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckFactsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMechanismAcceptance: {
        parameters: {
            query?: {
                state?: string;
                instrument?: "ICCPR-OP1" | "ICERD-14" | "CAT-22" | "OP-CEDAW" | "OP-CRPD" | "ICPPED-31" | "OP-ICESCR" | "OP3-CRC";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            state: string;
                            /** @enum {string} */
                            instrument: "ICCPR-OP1" | "ICERD-14" | "CAT-22" | "OP-CEDAW" | "OP-CRPD" | "ICPPED-31" | "OP-ICESCR" | "OP3-CRC";
                            /** @enum {string} */
                            action: "ratification" | "accession" | "succession" | "declaration" | "signature";
                            deposited: string | null;
                            /** @description Entry into force for that State (the first day the body may examine facts) */
                            inForce: string | null;
                            /** @description Denunciation or withdrawal, effective from that day */
                            withdrawn: string | null;
                            /** @description Reservations and declarations that bear on admissibility (same matter, ratione temporis …), summarised */
                            reservations: string[];
                            source: string;
                            /** @description The date of the copy of the source that was read */
                            sourceDate: string | null;
                            /** @description Whether the row was compared with its source; false for rows from memory or inferred */
                            verified: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseSubmissionDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "individual" | "special-procedure" | "cerd-early-warning" | "upr";
                            title: string;
                            /** @description The form the document follows */
                            form: string;
                            /** @description The mechanisms this form serves: the `mechanism` of a download */
                            mechanisms: {
                                code: string;
                                name: string;
                            }[];
                            words: {
                                /** @description Headings and text; figures, tables of figures, guidance and the evidence annex are not counted */
                                words: number;
                                /** @description The form's limit, or null when it sets none */
                                limit: number | null;
                                /** @description The limit for a joint submission (a UPR coalition), where the form sets one */
                                jointLimit: number | null;
                                /** @description Words over the limit; 0 when within it */
                                over: number;
                            };
                            limitRule: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseSubmissionDocument: {
        parameters: {
            query: {
                /** @description The mechanism the submission goes to: CCPR, CERD, CEDAW …, a special procedure (WGEID …), CERD-EWUA or UPR */
                mechanism: string;
                format?: "docx" | "pdf";
            };
            header?: never;
            path: {
                id: string;
                kind: "individual" | "special-procedure" | "cerd-early-warning" | "upr";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadImportFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file to import
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedBy: string;
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The format, when detection should be overruled
                     * @enum {string}
                     */
                    format?: "csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor";
                    /** @description A shipped mapping (GET /api/imports/mappings) */
                    mappingName?: string;
                    /**
                     * Format: uuid
                     * @description A mapping saved by a person (GET /api/imports/mappings)
                     */
                    userMappingId?: string;
                    /** @description The XLSX sheet to read */
                    sheet?: string;
                    /** @description A mapping document not saved yet (as a data/mappings/*.yaml file holds), to try before saving */
                    mapping?: {
                        [key: string]: unknown;
                    };
                    /** @default 20 */
                    rows?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uploadId: string;
                        /** @enum {string} */
                        format: "csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor";
                        notes: string[];
                        columns: string[];
                        /** @description The mapping applied, to copy and adjust */
                        mapping: {
                            [key: string]: unknown;
                        } | null;
                        rows: {
                            /** @description Physical line where the record starts, header included */
                            row: number;
                            file?: string;
                            sheet?: string;
                            /** @description The record as read: column → raw value */
                            fields?: {
                                [key: string]: unknown;
                            };
                            /** @description The incident as it would be recorded (names, not ids); null when rejected */
                            incident: {
                                [key: string]: unknown;
                            } | null;
                            problems: {
                                row: number;
                                file?: string;
                                sheet?: string;
                                field?: string;
                                target?: string;
                                code: string;
                                message: string;
                            }[];
                        }[];
                        unknownCodes: {
                            target: string;
                            value: string;
                            count: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImportMappings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shipped: {
                            name: string;
                            description: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor";
                        }[];
                        saved: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            sourceSystem: string;
                            mapping: {
                                [key: string]: unknown;
                            };
                            version: number;
                            createdBy: string;
                            createdAt: string;
                            updatedBy: string;
                            updatedAt: string;
                        }[];
                        /** @description The fields a mapping may fill */
                        targets: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A mapping document (the Mapping interface of src/ingest/types.ts); its name and sourceSystem name the saved mapping */
                    mapping: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        sourceSystem: string;
                        mapping: {
                            [key: string]: unknown;
                        };
                        version: number;
                        createdBy: string;
                        createdAt: string;
                        updatedBy: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A mapping document (the Mapping interface of src/ingest/types.ts); its name and sourceSystem name the saved mapping */
                    mapping: {
                        [key: string]: unknown;
                    };
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        sourceSystem: string;
                        mapping: {
                            [key: string]: unknown;
                        };
                        version: number;
                        createdBy: string;
                        createdAt: string;
                        updatedBy: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            uploadId: string;
                            fileName: string;
                            sizeBytes: number;
                            sha256: string;
                            format: ("csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor") | null;
                            mappingName: string | null;
                            userMappingId: string | null;
                            sheet: string | null;
                            dryRun: boolean;
                            /** @enum {string} */
                            status: "queued" | "running" | "finished" | "failed" | "interrupted";
                            progress: {
                                rowsRead: number;
                                rowsWritten: number;
                                rejected: number;
                                bytesRead: number | null;
                                bytesTotal: number | null;
                                rowsPerSecond: number;
                                percent: number | null;
                                etaSeconds: number | null;
                            };
                            report: {
                                batch: string | null;
                                dryRun: boolean;
                                imported: number;
                                updated: number;
                                unchanged: number;
                                skipped: number;
                                conflicts: number;
                                rejectedCount: number;
                                /** @description The first 1,000 problems of the rows rejected, each with its row, column, Precursor field, code and reason */
                                rejected: {
                                    row: number;
                                    file?: string;
                                    sheet?: string;
                                    field?: string;
                                    target?: string;
                                    code: string;
                                    message: string;
                                }[];
                                unknownCodes: {
                                    target: string;
                                    value: string;
                                    count: number;
                                }[];
                                /** @description Where to download the error file (the rejected rows with a reason column), when there is one */
                                errorFile: string | null;
                            } | null;
                            batchId: string | null;
                            error: string | null;
                            startedBy: string;
                            startedByName: string;
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    uploadId: string;
                    /**
                     * @description The format, when detection should be overruled
                     * @enum {string}
                     */
                    format?: "csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor";
                    /** @description A shipped mapping (GET /api/imports/mappings) */
                    mappingName?: string;
                    /**
                     * Format: uuid
                     * @description A mapping saved by a person (GET /api/imports/mappings)
                     */
                    userMappingId?: string;
                    /** @description The XLSX sheet to read */
                    sheet?: string;
                    /**
                     * @description Report what would happen, write nothing
                     * @default false
                     */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        uploadId: string;
                        fileName: string;
                        sizeBytes: number;
                        sha256: string;
                        format: ("csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor") | null;
                        mappingName: string | null;
                        userMappingId: string | null;
                        sheet: string | null;
                        dryRun: boolean;
                        /** @enum {string} */
                        status: "queued" | "running" | "finished" | "failed" | "interrupted";
                        progress: {
                            rowsRead: number;
                            rowsWritten: number;
                            rejected: number;
                            bytesRead: number | null;
                            bytesTotal: number | null;
                            rowsPerSecond: number;
                            percent: number | null;
                            etaSeconds: number | null;
                        };
                        report: {
                            batch: string | null;
                            dryRun: boolean;
                            imported: number;
                            updated: number;
                            unchanged: number;
                            skipped: number;
                            conflicts: number;
                            rejectedCount: number;
                            /** @description The first 1,000 problems of the rows rejected, each with its row, column, Precursor field, code and reason */
                            rejected: {
                                row: number;
                                file?: string;
                                sheet?: string;
                                field?: string;
                                target?: string;
                                code: string;
                                message: string;
                            }[];
                            unknownCodes: {
                                target: string;
                                value: string;
                                count: number;
                            }[];
                            /** @description Where to download the error file (the rejected rows with a reason column), when there is one */
                            errorFile: string | null;
                        } | null;
                        batchId: string | null;
                        error: string | null;
                        startedBy: string;
                        startedByName: string;
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        uploadId: string;
                        fileName: string;
                        sizeBytes: number;
                        sha256: string;
                        format: ("csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor") | null;
                        mappingName: string | null;
                        userMappingId: string | null;
                        sheet: string | null;
                        dryRun: boolean;
                        /** @enum {string} */
                        status: "queued" | "running" | "finished" | "failed" | "interrupted";
                        progress: {
                            rowsRead: number;
                            rowsWritten: number;
                            rejected: number;
                            bytesRead: number | null;
                            bytesTotal: number | null;
                            rowsPerSecond: number;
                            percent: number | null;
                            etaSeconds: number | null;
                        };
                        report: {
                            batch: string | null;
                            dryRun: boolean;
                            imported: number;
                            updated: number;
                            unchanged: number;
                            skipped: number;
                            conflicts: number;
                            rejectedCount: number;
                            /** @description The first 1,000 problems of the rows rejected, each with its row, column, Precursor field, code and reason */
                            rejected: {
                                row: number;
                                file?: string;
                                sheet?: string;
                                field?: string;
                                target?: string;
                                code: string;
                                message: string;
                            }[];
                            unknownCodes: {
                                target: string;
                                value: string;
                                count: number;
                            }[];
                            /** @description Where to download the error file (the rejected rows with a reason column), when there is one */
                            errorFile: string | null;
                        } | null;
                        batchId: string | null;
                        error: string | null;
                        startedBy: string;
                        startedByName: string;
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        uploadId: string;
                        fileName: string;
                        sizeBytes: number;
                        sha256: string;
                        format: ("csv" | "xlsx" | "json" | "ndjson" | "geojson" | "hxl" | "kobo" | "odk" | "ged" | "acled" | "uwazi" | "esf" | "precursor") | null;
                        mappingName: string | null;
                        userMappingId: string | null;
                        sheet: string | null;
                        dryRun: boolean;
                        /** @enum {string} */
                        status: "queued" | "running" | "finished" | "failed" | "interrupted";
                        progress: {
                            rowsRead: number;
                            rowsWritten: number;
                            rejected: number;
                            bytesRead: number | null;
                            bytesTotal: number | null;
                            rowsPerSecond: number;
                            percent: number | null;
                            etaSeconds: number | null;
                        };
                        report: {
                            batch: string | null;
                            dryRun: boolean;
                            imported: number;
                            updated: number;
                            unchanged: number;
                            skipped: number;
                            conflicts: number;
                            rejectedCount: number;
                            /** @description The first 1,000 problems of the rows rejected, each with its row, column, Precursor field, code and reason */
                            rejected: {
                                row: number;
                                file?: string;
                                sheet?: string;
                                field?: string;
                                target?: string;
                                code: string;
                                message: string;
                            }[];
                            unknownCodes: {
                                target: string;
                                value: string;
                                count: number;
                            }[];
                            /** @description Where to download the error file (the rejected rows with a reason column), when there is one */
                            errorFile: string | null;
                        } | null;
                        batchId: string | null;
                        error: string | null;
                        startedBy: string;
                        startedByName: string;
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadImportErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImportBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            sourceSystem: string;
                            fileName: string;
                            fileSha256: string;
                            format: string;
                            mappingName: string | null;
                            startedBy: string;
                            startedAt: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            status: "running" | "finished" | "failed" | "rolled-back";
                            counts: {
                                imported: number;
                                updated: number;
                                unchanged: number;
                                skipped: number;
                                conflicts: number;
                                rejected: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The batch's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sourceSystem: string;
                        fileName: string;
                        fileSha256: string;
                        format: string;
                        mappingName: string | null;
                        startedBy: string;
                        startedAt: string;
                        finishedAt: string | null;
                        /** @enum {string} */
                        status: "running" | "finished" | "failed" | "rolled-back";
                        counts: {
                            imported: number;
                            updated: number;
                            unchanged: number;
                            skipped: number;
                            conflicts: number;
                            rejected: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollbackImportBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The batch's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sourceSystem: string;
                        fileName: string;
                        fileSha256: string;
                        format: string;
                        mappingName: string | null;
                        startedBy: string;
                        startedAt: string;
                        finishedAt: string | null;
                        /** @enum {string} */
                        status: "running" | "finished" | "failed" | "rolled-back";
                        counts: {
                            imported: number;
                            updated: number;
                            unchanged: number;
                            skipped: number;
                            conflicts: number;
                            rejected: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
