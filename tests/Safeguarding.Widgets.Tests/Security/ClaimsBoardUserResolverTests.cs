using System.Security.Claims;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Security;

namespace Safeguarding.Widgets.Tests.Security;

/// <summary>A signed-in person's board roles and agencies, read from their claims.</summary>
public class ClaimsBoardUserResolverTests
{
    private readonly ClaimsBoardUserResolver _resolver = new(Options.Create(new SafeguardingWidgetsOptions()));

    private static ClaimsPrincipal Person(params Claim[] claims) =>
        new(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, "carys"), new(ClaimTypes.Name, "Carys Lloyd"), .. claims], "Test"));

    [Fact]
    public void An_agency_lead_is_resolved_with_their_agency()
    {
        var user = _resolver.Resolve(Person(new Claim(ClaimTypes.Role, "AgencyLead"), new Claim("safeguarding_agency", "Herefordshire Council")))!;

        Assert.Equal([BoardRole.AgencyLead], user.Roles);
        Assert.Equal(["Herefordshire Council"], user.Agencies);
    }

    [Fact]
    public async Task Many_people_resolved_at_once_each_get_their_own_agency_however_many_are_kept()
    {
        // More people than the resolver keeps, from several threads: none is ever given another's user.
        var people = Enumerable.Range(0, 500).Select(number => Person(new Claim(ClaimTypes.Role, "AgencyLead"), new Claim("safeguarding_agency", $"Agency {number}"))).ToArray();

        var agencies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 3).SelectMany(_ => people.Select(person => _resolver.Resolve(person)!.Agencies.Single())).ToList())));

        var expected = Enumerable.Range(0, 3).SelectMany(_ => Enumerable.Range(0, 500).Select(number => $"Agency {number}")).ToList();
        Assert.All(agencies, seen => Assert.Equal(expected, seen));
    }

    [Fact]
    public void A_claim_added_after_a_person_was_resolved_is_seen_on_the_next_resolution()
    {
        var person = Person(new Claim(ClaimTypes.Role, "Practitioner"));
        Assert.Equal([BoardRole.Practitioner], _resolver.Resolve(person)!.Roles);
        Assert.Same(_resolver.Resolve(person), _resolver.Resolve(person));

        ((ClaimsIdentity)person.Identity!).AddClaim(new Claim(ClaimTypes.Role, "BusinessUnit"));

        Assert.Contains(BoardRole.BusinessUnit, _resolver.Resolve(person)!.Roles);
    }

    [Fact]
    public void A_role_replaced_by_another_after_a_person_was_resolved_is_seen_on_the_next_resolution()
    {
        var person = Person(new Claim(ClaimTypes.Role, "BusinessUnit"));
        Assert.Equal([BoardRole.BusinessUnit], _resolver.Resolve(person)!.Roles);
        var identity = (ClaimsIdentity)person.Identity!;

        identity.RemoveClaim(identity.FindFirst(ClaimTypes.Role));
        identity.AddClaim(new Claim(ClaimTypes.Role, "Practitioner"));

        Assert.Equal([BoardRole.Practitioner], _resolver.Resolve(person)!.Roles);
    }

    [Fact]
    public void No_one_is_resolved_without_a_sign_in_or_a_board_role()
    {
        Assert.Null(_resolver.Resolve(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(_resolver.Resolve(Person(new Claim(ClaimTypes.Role, "Caretaker"))));
    }
}
