using Bot.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

public sealed class TelegramChatFloodGateTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_TwentyCommandsInFiveSeconds_AnswersWithinTheAllowanceAndWarnsExactlyOnce()
    {
        var gate = new TelegramChatFloodGate(time);
        var decisions = new List<FloodDecision>();
        for (var i = 0; i < 20; i++)
        {
            decisions.Add(gate.Check(-100, 1));
            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        Assert.Single(decisions, d => d == FloodDecision.SlowDown);
        Assert.Equal(FloodDecision.SlowDown, decisions[5]);
        Assert.InRange(decisions.Count(d => d == FloodDecision.Allow), 5, 8);
    }

    [Fact]
    public void Check_OneMemberFloodsAGroup_OtherMembersOfThatGroupAreStillAnswered()
    {
        var gate = new TelegramChatFloodGate(time);
        for (var i = 0; i < 10; i++)
        {
            gate.Check(-100, 1);
        }

        Assert.Equal(FloodDecision.Allow, gate.Check(-100, 2));
    }

    [Fact]
    public void Check_QuietUntilTheAllowanceIsFullAgain_ANewFloodGetsANewWarning()
    {
        var gate = new TelegramChatFloodGate(time);
        var first = Enumerable.Range(0, 7).Select(_ => gate.Check(5, 1)).ToList();
        time.Advance(TimeSpan.FromSeconds(10));
        var second = Enumerable.Range(0, 7).Select(_ => gate.Check(5, 1)).ToList();

        Assert.Single(first, d => d == FloodDecision.SlowDown);
        Assert.Single(second, d => d == FloodDecision.SlowDown);
    }
}
