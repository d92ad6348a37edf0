namespace Safeguarding.Domain.Tests;

public class CaseReferenceTests
{
    [Theory]
    [InlineData("PF-2016-003")]
    [InlineData("LADO/2015/117")]
    [InlineData("A1")]
    public void Pseudonymous_reference_is_accepted(string text)
    {
        Assert.Equal(text, new CaseReference(text).Value);
    }

    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("JaneSmith")]
    [InlineData("")]
    [InlineData("PF 2016 003")]
    public void Text_that_could_be_a_name_is_refused(string text)
    {
        Assert.Throws<ArgumentException>(() => new CaseReference(text));
    }

    [Fact]
    public void References_with_the_same_text_are_equal()
    {
        Assert.Equal(new CaseReference("PF-1"), new CaseReference(" PF-1 "));
    }
}
