create table users(username varchar_ignorecase(200) not null primary key, password varchar(500) not null, enabled boolean not null);
create table authorities(username varchar_ignorecase(200) not null, authority varchar(50) not null, constraint fk_authorities_users foreign key(username) references users(username));
create unique index ix_auth_username on authorities (username, authority);
create table workspace(id varchar(300) primary key, owner varchar(200) not null);
