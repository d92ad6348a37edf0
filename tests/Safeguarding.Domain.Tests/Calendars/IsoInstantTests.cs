using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>An instant in an address, as a partner's system writes it: in UTC or with its offset, never a bare local time.</summary>
public class IsoInstantTests
{
    private static readonly Instant TenAmUtcFirstDecember = Instant.FromUtc(2014, 12, 1, 10, 0);

    [Theory]
    [InlineData("2014-12-01T10:00:00Z")]
    [InlineData("2014-12-01T10:00:00+00:00")]
    [InlineData("2014-12-01T11:00:00+01:00")]
    [InlineData("2014-12-01T05:00:00-05:00")]
    public void The_same_instant_is_read_in_UTC_or_with_its_offset(string text)
    {
        Assert.True(IsoInstant.TryParse(text, out var instant));
        Assert.Equal(TenAmUtcFirstDecember, instant);
    }

    [Fact]
    public void Fractions_of_a_second_are_kept()
    {
        Assert.True(IsoInstant.TryParse("2014-12-01T10:00:00.25+01:00", out var instant));
        Assert.Equal(TenAmUtcFirstDecember.Minus(Duration.FromHours(1)).Plus(Duration.FromMilliseconds(250)), instant);
    }

    [Theory]
    [InlineData("2014-12-01T10:00:00")] // a local time: which zone it was meant in cannot be known
    [InlineData("2014-12-01")]
    [InlineData("yesterday")]
    [InlineData("2014-12-01T25:00:00Z")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused_rather_than_guessed(string? text) =>
        Assert.False(IsoInstant.TryParse(text, out _));
}
