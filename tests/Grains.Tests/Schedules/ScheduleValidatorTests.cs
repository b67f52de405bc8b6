using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Schedules;

namespace Thaiyyal.Grains.Tests.Schedules;

public sealed class ScheduleValidatorTests
{
    private static readonly ScheduleDefinition Valid =
        new("wf", SchedulePolicies.Latest, null, null, "*/5 * * * *", "Europe/London", null, null, SchedulePolicies.Skip, SchedulePolicies.FireOnce, TimeSpan.FromHours(1), 10);

    [Fact]
    public void Validate_ValidDefinition_HasNoProblems() => Assert.Empty(ScheduleValidator.Validate(Valid));

    [Theory]
    [InlineData("cron", "not a cron")]
    [InlineData("cron", "61 * * * *")]
    [InlineData("cron", "* * * *")]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("overlap", "queue")]
    [InlineData("catchUp", "all")]
    [InlineData("versionPolicy", "newest")]
    public void Validate_BadField_NamesIt(string field, string value)
    {
        var definition = field switch
        {
            "cron" => Valid with { Cron = value },
            "timeZone" => Valid with { TimeZone = value },
            "overlap" => Valid with { Overlap = value },
            "catchUp" => Valid with { CatchUp = value },
            _ => Valid with { VersionPolicy = value },
        };

        Assert.Equal(field, Assert.Single(ScheduleValidator.Validate(definition)).Field);
    }

    [Fact]
    public void Validate_PinnedWithoutVersion_NamesVersion() =>
        Assert.Equal("version", Assert.Single(ScheduleValidator.Validate(Valid with { VersionPolicy = SchedulePolicies.Pinned })).Field);

    [Fact]
    public void Validate_EndBeforeStart_NamesEndAt() =>
        Assert.Equal("endAt", Assert.Single(ScheduleValidator.Validate(Valid with { StartAt = DateTimeOffset.UnixEpoch.AddDays(2), EndAt = DateTimeOffset.UnixEpoch })).Field);
}
