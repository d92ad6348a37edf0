using Microsoft.AspNetCore.Authorization;

namespace Safeguarding.Widgets.Security;

/// <summary>Requires that the user may record progress on the action given as the resource (a <see cref="ProgressTarget"/>).</summary>
public sealed class RecordProgressOnActionRequirement : IAuthorizationRequirement;
