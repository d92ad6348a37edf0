namespace Safeguarding.SampleIntranet.Security;

/// <summary>The output cache policy for practice guide pages that are the same for every reader not signed in.</summary>
public static class PracticeGuideCache
{
    /// <summary>The policy's name.</summary>
    public const string Policy = "PracticeGuides";
}
