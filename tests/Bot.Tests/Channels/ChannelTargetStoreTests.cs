using Bot.Channels;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Channels;

public sealed class ChannelTargetStoreTests
{
    [Fact]
    public async Task SaveAsync_ThenReopened_NewStoreFindsTargetInDatabase()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        using var database = new TestDatabase(time);
        await new ChannelTargetStore(database.Store).SaveAsync("group", "-100999", CancellationToken.None);

        var reopened = new ChannelTargetStore(database.Reopen(time));

        Assert.Equal("-100999", await reopened.FindAsync("group", CancellationToken.None));
        Assert.Null(await reopened.FindAsync("other", CancellationToken.None));
        Assert.Equal("-100999", (await database.Store.LoadTargetOverridesAsync(CancellationToken.None))["group"]);
    }
}
