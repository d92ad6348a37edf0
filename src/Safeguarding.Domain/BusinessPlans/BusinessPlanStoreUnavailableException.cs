namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// The store of plans cannot be reached just now (a board hub that is down or refuses this
/// intranet's key): nothing is known of the plan, so nothing is shown as if it were. A widget says
/// so in words in its own place, and the rest of the page renders.
/// </summary>
public sealed class BusinessPlanStoreUnavailableException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public BusinessPlanStoreUnavailableException()
        : this("The board's plans cannot be reached just now, so they cannot be shown here. The rest of the page works; try again in a few minutes.")
    {
    }

    /// <summary>Creates the exception with a message for a person.</summary>
    /// <param name="message">What cannot be reached and what to do, in words a person understands.</param>
    public BusinessPlanStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What cannot be reached and what to do.</param>
    /// <param name="innerException">Why (a refused connection, a timeout, a status from the hub).</param>
    public BusinessPlanStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
