using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.EntityFrameworkCore.Tests;
using Safeguarding.SampleIntranet.Identity;
using Safeguarding.SampleIntranet.Identity.CompiledModel;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>The sample's sign-in store runs on a model compiled ahead of time, the same as the model its code builds.</summary>
public class IdentityCompiledModelTests
{
    [Fact]
    public void The_identity_context_uses_its_compiled_model_and_it_is_the_model_the_code_builds_with_the_apps_identity_options()
    {
        using var factory = new SampleIntranetFactory();
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IntranetIdentityDbContext>();

        Assert.IsType<IntranetIdentityDbContextModel>(context.Model);
        // Built from the code with the app's Identity options (its store options shape the model).
        // Fails after a change to either until the model is regenerated with `bash .ci/compiled-model`.
        Assert.Equal(ModelDescription.Of(context.GetService<IDesignTimeModel>().Model), ModelDescription.Of(context.Model));
    }
}
