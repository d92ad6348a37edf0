using Ardalis.Specification;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Tests.Specifications;

public class DependencyTests
{
    [Fact]
    public void Neither_the_domain_nor_its_specification_package_references_ASP_NET_or_Entity_Framework()
    {
        var assemblies = new[] { typeof(BusinessPlan).Assembly, typeof(Specification<>).Assembly };

        var references = assemblies.SelectMany(assembly => assembly.GetReferencedAssemblies()).Select(name => name.Name!).ToList();

        Assert.Contains("Ardalis.Specification", typeof(BusinessPlan).Assembly.GetReferencedAssemblies().Select(name => name.Name));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_domain_specification_is_the_package_specification()
    {
        var specs = typeof(BusinessPlan).Assembly.GetTypes().Where(type => type.Name.EndsWith("Spec", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, specs.Count);
        Assert.All(specs, spec => Assert.True(
            typeof(Specification<PlanAction>).IsAssignableFrom(spec) || typeof(Specification<Safeguarding.Domain.Allegations.AllegationCase>).IsAssignableFrom(spec), spec.Name));
    }
}
