using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NewsCms.Generator;

// `dotnet run -c Release --project tools/NewsCms.Generator -- [--articles N] [--comments M] [--seed S]`, or
// the web host's `generate` verb, which runs this with the same arguments and the web's settings.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
try
{
    await using var services = GeneratorServices.Create(configuration, GeneratorServices.EnvironmentName());
    return await GenerateCommand.RunAsync(services, args);
}
catch (ValidationException e)
{
    await Console.Error.WriteLineAsync($"generate: {e.Message}");
    return 1;
}
