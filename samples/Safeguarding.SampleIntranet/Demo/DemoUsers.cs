using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Safeguarding.Domain.Access;
using Safeguarding.EntityFrameworkCore;
using Safeguarding.SampleIntranet.Identity;

namespace Safeguarding.SampleIntranet.Demo;

/// <summary>One of the sample's demonstration users.</summary>
/// <param name="Email">The email address they sign in with (under sample.invalid, which can never receive mail).</param>
/// <param name="DisplayName">The name shown when they are signed in and beside what they record.</param>
/// <param name="Role">Their board role.</param>
/// <param name="Agency">The agency they act for, as the plan names it or its short name; <c>null</c> for none.</param>
public sealed record DemoUser(string Email, string DisplayName, BoardRole Role, string? Agency);

/// <summary>
/// The sample's demonstration users, one per board role (two agency leads), so that each role's
/// view of the intranet can be tried. They are added only to a new identity database (one with no
/// users): nobody's real account is ever changed. The list is also in DEMO-USERS.md.
/// </summary>
public static class DemoUsers
{
    /// <summary>
    /// The one password of every demonstration user. It is for the sample only, published in this
    /// repository: never deploy the sample with these users.
    /// </summary>
    public const string Password = "Sample-Only-Password-1";

    /// <summary>The claim type of the name shown (read first by the widgets' identity options).</summary>
    public const string DisplayNameClaimType = "name";

    /// <summary>Gets the demonstration users.</summary>
    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("business.manager@sample.invalid", "Bernie Marsh", BoardRole.BusinessUnit, null),
        new("council.lead@sample.invalid", "Carys Lloyd", BoardRole.AgencyLead, "Herefordshire Council"),
        new("hscb.lead@sample.invalid", "Hari Sen", BoardRole.AgencyLead, "HSCB"),
        new("board.member@sample.invalid", "Bo Mensah", BoardRole.BoardMember, null),
        new("lado@sample.invalid", "Lee Adeyemi", BoardRole.Lado, null),
        new("practitioner@sample.invalid", "Pat Rowe", BoardRole.Practitioner, null),
        new("private.fostering@sample.invalid", "Priya Fenwick", BoardRole.PrivateFosteringOfficer, null),
    ];

    /// <summary>Adds the demonstration users when the identity database holds no users at all.</summary>
    /// <param name="context">The identity database.</param>
    /// <param name="users">Identity's user manager (hashes the password).</param>
    /// <returns>The number of users added: 0 when the database already held users.</returns>
    /// <exception cref="InvalidOperationException">Identity refused a user or a claim; the message says why.</exception>
    public static async Task<int> AddIfNoUsersAsync(IntranetIdentityDbContext context, UserManager<IdentityUser> users)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(users);
        // One plain command, not a LINQ query: start-up need not compile EF Core's query pipeline.
        if (await SafeguardingRowQueries.AnyAsync<IdentityUser>(context))
        {
            return 0;
        }
        // All the users with their claims, or none: a start stopped half-way (the process killed) must
        // not leave some users, or a user without a role, that the next start would take as seeded.
        // The user manager saves through the same scoped context, so its saves join this transaction.
        await using var transaction = await context.Database.BeginTransactionAsync();
        foreach (var demo in All)
        {
            var user = new IdentityUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password), demo.Email);
            List<Claim> claims = [new(ClaimTypes.Role, demo.Role.ToString()), new(DisplayNameClaimType, demo.DisplayName)];
            if (demo.Agency is not null)
            {
                claims.Add(new("safeguarding_agency", demo.Agency));
            }
            Check(await users.AddClaimsAsync(user, claims), demo.Email);
        }
        await transaction.CommitAsync();
        return All.Count;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Expected to add the demonstration user {email}, but Identity refused: {string.Join(" ", result.Errors.Select(error => error.Description))}");
        }
    }
}
