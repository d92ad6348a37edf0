using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class UsualFosteringLimitTests
{
    [Fact]
    public void Three_children_are_within_the_usual_limit()
    {
        var check = UsualFosteringLimit.Check(3);

        Assert.False(check.ExceedsUsualLimit);
        Assert.True(check.IsPermitted);
    }

    [Fact]
    public void Four_children_who_are_not_siblings_exceed_the_usual_limit()
    {
        var check = UsualFosteringLimit.Check(4);

        Assert.True(check.ExceedsUsualLimit);
        Assert.False(check.IsPermitted);
    }

    [Fact]
    public void Four_siblings_may_be_fostered_together()
    {
        Assert.True(UsualFosteringLimit.Check(4, allSiblings: true).IsPermitted);
    }

    [Fact]
    public void Carer_exempted_by_the_local_authority_may_foster_more_than_three()
    {
        Assert.True(UsualFosteringLimit.Check(5, exemptedByLocalAuthority: true).IsPermitted);
    }
}
