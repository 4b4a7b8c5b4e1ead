namespace Bot.Core.Publishing;

/// <summary>What carrying an older database over to source-path post ids did (schema version 4, done once).</summary>
/// <param name="CarriedOver">Posts whose seen, outbox and digest rows moved from their old id to their source path.</param>
/// <param name="MarkedSeen">
/// Published posts an old duplicate id had hidden, recorded as seen without being announced so an upgrade does not
/// flood the channels with old posts.
/// </param>
public sealed record PostIdentityUpgrade(int CarriedOver, int MarkedSeen);
