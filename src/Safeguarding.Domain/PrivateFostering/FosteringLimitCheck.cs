namespace Safeguarding.Domain.PrivateFostering;

/// <summary>Whether a carer is within the usual fostering limit, and why. Made by <see cref="UsualFosteringLimit.Check"/>.</summary>
/// <param name="NumberOfChildren">How many children the carer fosters.</param>
/// <param name="ExceedsUsualLimit">Whether the number is more than the usual limit of three.</param>
/// <param name="IsPermitted">Whether the carer may foster that many: within the limit, all siblings, or exempted by the local authority.</param>
/// <param name="Reason">The reason in one sentence, with its source.</param>
public sealed record FosteringLimitCheck(int NumberOfChildren, bool ExceedsUsualLimit, bool IsPermitted, string Reason);
