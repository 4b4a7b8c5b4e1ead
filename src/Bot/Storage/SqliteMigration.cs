namespace Bot.Storage;

/// <summary>One step of the schema: after it runs, <c>PRAGMA user_version</c> equals <paramref name="Version"/>.</summary>
public sealed record SqliteMigration(int Version, string Description, string Sql);
