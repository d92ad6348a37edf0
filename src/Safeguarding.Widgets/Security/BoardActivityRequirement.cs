using Microsoft.AspNetCore.Authorization;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>Requires that <see cref="BoardPermissions"/> allows the user an activity.</summary>
/// <param name="Activity">The activity.</param>
public sealed record BoardActivityRequirement(BoardActivity Activity) : IAuthorizationRequirement;
