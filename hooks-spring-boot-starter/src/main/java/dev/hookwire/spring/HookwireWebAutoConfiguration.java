package dev.hookwire.spring;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/** In a servlet web application: the {@link RequestHookContexts} bean controllers build contexts with. */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(
    name = {
      "jakarta.servlet.http.HttpServletRequest",
      "org.springframework.web.context.request.RequestContextHolder"
    })
public final class HookwireWebAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  RequestHookContexts requestHookContexts(BeanFactory beanFactory) {
    return new RequestHookContexts(beanFactory);
  }
}
