namespace Bot.Storage;

/// <summary>
/// The schema as an ordered list of steps. Never edit a released step: append a new one (digest bookkeeping is
/// version 2, multi-part progress version 3, source-path post ids version 4, held and skipped deliveries version 5,
/// unconfirmed sends version 6, live-link checks version 8). Each table's SQL otherwise lives in its own <c>*Table</c> class.
/// </summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "seen posts, channels, deliveries, repository health, meta", """
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            CREATE TABLE seen_posts (
                post_id      TEXT PRIMARY KEY NOT NULL,
                content_hash TEXT NOT NULL,
                first_seen   INTEGER NOT NULL,
                announced    INTEGER NOT NULL
            );
            CREATE TABLE channels (
                name            TEXT PRIMARY KEY NOT NULL,
                first_seen      INTEGER NOT NULL,
                target_override TEXT NULL
            );
            CREATE TABLE deliveries (
                id           INTEGER PRIMARY KEY AUTOINCREMENT,
                post_id      TEXT NOT NULL,
                channel      TEXT NOT NULL,
                kind         TEXT NOT NULL,
                status       TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
                attempts     INTEGER NOT NULL DEFAULT 0,
                next_attempt INTEGER NOT NULL,
                last_error   TEXT NULL,
                message_id   TEXT NULL,
                created      INTEGER NOT NULL,
                sent         INTEGER NULL
            );
            CREATE INDEX ix_deliveries_channel_status ON deliveries (channel, status, id);
            CREATE TABLE repository_health (
                id            INTEGER PRIMARY KEY CHECK (id = 1),
                last_scan     INTEGER NULL,
                post_count    INTEGER NOT NULL,
                warning_count INTEGER NOT NULL,
                last_pull     INTEGER NULL,
                last_error    TEXT NULL
            );
            """),
        new(2, "digest bookkeeping: waiting posts, last digest per channel, the posts of each digest row", """
            CREATE TABLE digest_queue (
                channel TEXT NOT NULL,
                post_id TEXT NOT NULL,
                queued  INTEGER NOT NULL,
                PRIMARY KEY (channel, post_id)
            );
            CREATE TABLE digest_state (
                channel     TEXT PRIMARY KEY NOT NULL,
                last_digest INTEGER NOT NULL
            );
            CREATE TABLE delivery_posts (
                delivery_id INTEGER NOT NULL,
                position    INTEGER NOT NULL,
                post_id     TEXT NOT NULL,
                PRIMARY KEY (delivery_id, position)
            );
            CREATE INDEX ix_deliveries_channel_kind_created ON deliveries (channel, kind, created);
            """),
        new(3, "multi-part deliveries: the parts the platform confirmed so far and their message ids", """
            ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE deliveries ADD COLUMN part_message_ids TEXT NULL;
            """),
        new(4, "post ids become source paths: a baselined database carries its rows over at the next scan (PostIdentityMigration)", """
            INSERT INTO meta (key, value)
            SELECT 'post_identity_migration', 'pending' WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'baseline_at');
            """),
        new(5, "held deliveries (Publishing:FloodGuard) and skipped ones (release --drop): a wider status check", """
            CREATE TABLE deliveries_v5 (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                post_id          TEXT NOT NULL,
                channel          TEXT NOT NULL,
                kind             TEXT NOT NULL,
                status           TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'held', 'skipped')),
                attempts         INTEGER NOT NULL DEFAULT 0,
                next_attempt     INTEGER NOT NULL,
                last_error       TEXT NULL,
                message_id       TEXT NULL,
                created          INTEGER NOT NULL,
                sent             INTEGER NULL,
                parts_sent       INTEGER NOT NULL DEFAULT 0,
                part_message_ids TEXT NULL
            );
            INSERT INTO deliveries_v5 (id, post_id, channel, kind, status, attempts, next_attempt, last_error, message_id, created, sent, parts_sent, part_message_ids)
                SELECT id, post_id, channel, kind, status, attempts, next_attempt, last_error, message_id, created, sent, parts_sent, part_message_ids FROM deliveries;
            UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'deliveries')) WHERE name = 'deliveries_v5';
            DROP TABLE deliveries;
            ALTER TABLE deliveries_v5 RENAME TO deliveries;
            CREATE INDEX ix_deliveries_channel_status ON deliveries (channel, status, id);
            CREATE INDEX ix_deliveries_channel_kind_created ON deliveries (channel, kind, created);
            """),
        new(6, "sends whose outcome was never recorded, so such a send is repeated at most once", """
            ALTER TABLE deliveries ADD COLUMN unconfirmed_sends INTEGER NOT NULL DEFAULT 0;
            """),
        new(8, "live-link checks: per post, whether its link answered before the first announcement (Publishing:WaitForLiveLink)", """
            CREATE TABLE link_checks (
                post_id     TEXT PRIMARY KEY NOT NULL,
                link        TEXT NOT NULL,
                first_check INTEGER NOT NULL,
                next_check  INTEGER NOT NULL,
                checks      INTEGER NOT NULL DEFAULT 0,
                last_answer TEXT NULL,
                outcome     TEXT NOT NULL CHECK (outcome IN ('waiting', 'live', 'timed_out')),
                decided     INTEGER NULL
            );
            CREATE INDEX ix_link_checks_outcome ON link_checks (outcome, decided);
            """),
    ];
}
