using Bot.Core.Publishing;

namespace Bot.Core.Tests.Publishing;

public sealed class IdempotencyKeyTests
{
    [Theory]
    [InlineData(1L, "2026/深度学习入门", "telegram-主频道")]
    [InlineData(123456789L, "a", "b")]
    [InlineData(long.MaxValue, "post", "channel")]
    public void For_AnyRow_IsShortAsciiAndStable(long deliveryId, string postId, string channel)
    {
        var key = IdempotencyKey.For(deliveryId, postId, channel);

        Assert.InRange(key.Length, 1, IdempotencyKey.MaxLength);
        Assert.All(key, c => Assert.True(char.IsAscii(c)));
        Assert.StartsWith($"d{deliveryId}-", key, StringComparison.Ordinal);
        Assert.Equal(key, IdempotencyKey.For(deliveryId, postId, channel));
    }

    [Fact]
    public void For_DifferentRows_GiveDifferentKeys()
    {
        Assert.NotEqual(IdempotencyKey.For(7, "p", "a"), IdempotencyKey.For(8, "p", "a"));
        Assert.NotEqual(IdempotencyKey.For(7, "p", "a"), IdempotencyKey.For(7, "p", "b"));
    }
}
