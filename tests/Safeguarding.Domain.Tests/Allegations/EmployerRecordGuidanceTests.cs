using Safeguarding.Domain.Allegations;

namespace Safeguarding.Domain.Tests.Allegations;

/// <summary>What each outcome means for the employer's records (Keeping Children Safe in Education, Part 4).</summary>
public class EmployerRecordGuidanceTests
{
    [Theory]
    [InlineData(AllegationOutcome.Substantiated, true, false)]
    [InlineData(AllegationOutcome.False, false, true)]
    [InlineData(AllegationOutcome.Malicious, false, true)]
    [InlineData(AllegationOutcome.Unsubstantiated, false, false)]
    [InlineData(AllegationOutcome.Unfounded, false, false)]
    public void Only_substantiated_allegations_go_in_references_and_malicious_or_false_ones_leave_the_personnel_file(AllegationOutcome outcome, bool inReferences, bool removed)
    {
        var guidance = EmployerRecordGuidance.For(outcome);

        Assert.Equal(inReferences, guidance.MayBeIncludedInReferences);
        Assert.Equal(removed, guidance.RemovedFromPersonnelRecords);
        Assert.Contains(inReferences ? "may be given in references" : "do not include it in references", guidance.Guidance, StringComparison.Ordinal);
        Assert.Equal("Keeping Children Safe in Education", guidance.Source.Document);
    }

    [Fact]
    public void A_value_that_is_not_an_outcome_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmployerRecordGuidance.For((AllegationOutcome)9));
    }
}
