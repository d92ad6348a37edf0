namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>How the registers' repositories save: in one call, and leaving nothing tracked.</summary>
internal static class RegisterSaving
{
    /// <summary>Saves the context's changes; whether or not the save succeeds, nothing stays tracked for the next call on the (scoped, shared) context.</summary>
    internal static async Task SaveAndForgetAsync(this SafeguardingDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }
}
